import { z } from 'zod';

export const signInBody = z.object({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
  totp: z.string().max(20).optional(),
});

export const passwordChangeBody = z.object({
  current: z.string().min(1).max(1000),
  next: z.string().min(1).max(1000),
});

export const totpEnableBody = z.object({ code: z.string().min(1).max(20) });
export const totpDisableBody = z.object({ password: z.string().min(1).max(1000) });

export const sessionUser = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  councils: z.array(z.object({ code: z.string(), name: z.string() })),
  permissions: z.array(z.string()),
  totpEnabled: z.boolean(),
  method: z.enum(['password', 'oidc']),
  mustChangePassword: z.boolean(),
});

export const sessionResponse = z.object({ user: sessionUser, csrfToken: z.string() });

export const authConfigResponse = z.object({
  oidc: z.object({ enabled: z.boolean(), label: z.string() }),
  demoUsers: z.array(z.object({ username: z.string(), password: z.string(), role: z.string() })).optional(),
});
