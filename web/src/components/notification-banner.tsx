import { type ReactNode, useId } from 'react';

/** The GOV.UK notification banner: important news (neutral) or the outcome of an action (success). */
export function NotificationBanner({
  title,
  success = false,
  children,
}: {
  title: string;
  success?: boolean;
  children: ReactNode;
}) {
  const titleId = useId();
  // A success banner is announced at once (role alert); a neutral one is a labelled landmark.
  const roleProps = success ? { role: 'alert' } : { role: 'region', 'aria-labelledby': titleId };
  return (
    <div className={`notification-banner${success ? ' notification-banner--success' : ''}`} {...roleProps}>
      <div className="notification-banner__header">
        <h2 className="notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="notification-banner__content">{children}</div>
    </div>
  );
}
