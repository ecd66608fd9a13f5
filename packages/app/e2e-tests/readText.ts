/** Everything a stream of UTF-8 text holds, e.g. a download's. */
export async function readText(stream: NodeJS.ReadableStream): Promise<string> {
  stream.setEncoding('utf8');
  let text = '';
  for await (const chunk of stream) {
    text += chunk;
  }
  return text;
}
