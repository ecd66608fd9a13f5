import { Response } from 'express';

/** Resolves once the response can take more, or is gone. */
function drained(res: Response): Promise<void> {
  return new Promise(resolve => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Streams a CSV file: the header record, then the records chunk by chunk.
 * The first chunk is read before the status is sent, so that a failure then
 * is an ordinary error response. A later failure destroys the connection
 * before the end of the chunked body: every client then sees an incomplete
 * download rather than a complete file that lacks rows. The error is
 * rethrown for the error handler to log.
 */
export async function sendCsvDownload(
  res: Response,
  options: { filename: string; header: string; chunks: AsyncIterable<string> },
): Promise<void> {
  const chunks = options.chunks[Symbol.asyncIterator]();
  let chunk = await chunks.next();
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${options.filename}"`,
  );
  try {
    res.write(options.header);
    while (!chunk.done) {
      if (!res.write(chunk.value)) {
        await drained(res);
      }
      if (res.destroyed) {
        // The client left; reading on would be for no one.
        await chunks.return?.();
        return;
      }
      chunk = await chunks.next();
    }
  } catch (error) {
    res.destroy();
    throw error;
  }
  res.end();
}
