import { z } from 'zod';
import { ROLES } from '../../../auth/roles.ts';

const role = z.enum(ROLES as unknown as ['admin', 'analyst', 'commissioner', 'viewer']);

export const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._@+-]{1,100}$/, 'Use 1 to 100 letters, digits and . _ @ + - (an email address works)');

export const createUserBody = z.object({
  username,
  displayName: z.string().trim().min(1).max(200),
  roles: z.array(role).min(1),
  councils: z.array(z.string().max(20)).min(1),
  password: z.string().max(1000).optional(),
});

export const updateUserBody = z.object({
  displayName: z.string().trim().min(1).max(200).optional(),
  roles: z.array(role).min(1).optional(),
  councils: z.array(z.string().max(20)).min(1).optional(),
  disabled: z.boolean().optional(),
});

export const userParams = z.object({ id: z.coerce.number().int().positive() });
