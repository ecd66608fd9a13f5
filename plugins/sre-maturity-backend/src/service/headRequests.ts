import { RequestHandler } from 'express';

// Express answers HEAD with the GET handler, but the OpenAPI validator only
// checks the methods the spec lists and lets the others through unchecked.
// A HEAD request is therefore validated as the GET it stands for; Node's
// response, created for the HEAD request, still sends no body.

const HEAD_VALIDATED_AS_GET = 'sreMaturityHeadValidatedAsGet';

/** Before the validator: a HEAD request is validated as GET. */
export const validateHeadAsGet: RequestHandler = (req, res, next) => {
  if (req.method === 'HEAD') {
    req.method = 'GET';
    res.locals[HEAD_VALIDATED_AS_GET] = true;
  }
  next();
};

/** After the validator: the request is HEAD again, for handlers and logs. */
export const restoreHead: RequestHandler = (req, res, next) => {
  if (res.locals[HEAD_VALIDATED_AS_GET]) {
    req.method = 'HEAD';
  }
  next();
};
