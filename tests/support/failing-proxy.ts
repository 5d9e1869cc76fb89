import { createServer, request as forward, type Server } from 'node:http';

/**
 * Stands between the site build and Strapi: passes everything through until a test asks it
 * (POST /__test/fail) to answer 500, as a broken CMS would; POST /__test/recover undoes it.
 * It is also the deploy hook's receiver: POST /__test/hook is recorded, GET /__test/hook lists.
 */
export async function startFailingProxy(
  port: number,
  targetPort: number
): Promise<{ url: string; stop(): Promise<void> }> {
  let failing = false;
  const hookCalls: { headers: Record<string, unknown>; body: string }[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    if (incoming.url === '/__test/hook') {
      if (incoming.method === 'GET') {
        outgoing
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(hookCalls));
        return;
      }
      let body = '';
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
      incoming.on('end', () => {
        hookCalls.push({ headers: incoming.headers, body });
        outgoing.writeHead(204).end();
      });
      return;
    }
    if (incoming.url === '/__test/fail' || incoming.url === '/__test/recover') {
      failing = incoming.url === '/__test/fail';
      outgoing.writeHead(204).end();
      return;
    }
    if (failing) {
      outgoing
        .writeHead(500, { 'content-type': 'application/json' })
        .end('{"error":{"status":500,"message":"Internal Server Error"}}');
      return;
    }
    const upstream = forward(
      {
        host: '127.0.0.1',
        port: targetPort,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      }
    );
    upstream.once('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
