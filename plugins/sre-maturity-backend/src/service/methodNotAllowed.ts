import { CustomErrorBase } from '@backstage/errors';
import express from 'express';
import { spec } from '../schema/openapi';

/** A method the resource does not support: 405. */
export class MethodNotAllowedError extends CustomErrorBase {
  name = 'MethodNotAllowedError' as const;
  statusCode = 405;
}

/**
 * Answers 405 with an `Allow` header to a method that the spec does not list
 * for a path. Mounted after the routes, it sees only what they left.
 */
export function methodNotAllowed(): express.Router {
  const router = express.Router();
  for (const [path, operations] of Object.entries(spec.paths)) {
    const methods = Object.keys(operations).map(method => method.toUpperCase());
    const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])];
    router.all(path.replace(/\{(\w+)\}/g, ':$1'), (req, res) => {
      res.setHeader('Allow', allow.join(', '));
      throw new MethodNotAllowedError(
        `${req.method} is not allowed on this resource; use ${allow.join(
          ' or ',
        )}`,
      );
    });
  }
  return router;
}
