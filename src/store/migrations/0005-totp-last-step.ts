import type { Kysely } from 'kysely';

/** The 30-second TOTP step last used to sign in, so a code cannot be used twice (replay). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('user_account').addColumn('totp_last_step', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('user_account').dropColumn('totp_last_step').execute();
}
