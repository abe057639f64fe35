import { Redirect } from '../../router/index.ts';
import { supplyPath } from './supply-nav.tsx';

/** `/councils/:code/supply` opens the first supply screen. */
export function SupplyLanding({ code }: { code: string }) {
  return <Redirect to={supplyPath(code, 'carers')} />;
}
