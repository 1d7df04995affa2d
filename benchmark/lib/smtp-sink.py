#!/usr/bin/env python3
"""A mail server on loopback that accepts every message and keeps none: benchmark/dashboard runs it on the server's
SMTP port, so that the receipt e-mails its payments set off are sent once, as with a real mail server, instead of
failing and being retried in the background of the timed requests. Usage: smtp-sink.py <port>; ends when killed."""
import asyncio
import sys


async def session(reader, writer):
    writer.write(b"220 bench-sink ESMTP\r\n")
    in_data = False
    while line := await reader.readline():
        if in_data:
            if line in (b".\r\n", b".\n"):
                in_data = False
                writer.write(b"250 OK: dropped\r\n")
        else:
            verb = line[:4].upper()
            if verb == b"EHLO":
                writer.write(b"250-bench-sink\r\n250 8BITMIME\r\n")
            elif verb == b"DATA":
                in_data = True
                writer.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
            elif verb == b"QUIT":
                writer.write(b"221 Bye\r\n")
                await writer.drain()
                break
            else:  # HELO, MAIL, RCPT, RSET, NOOP
                writer.write(b"250 OK\r\n")
        await writer.drain()
    writer.close()


async def main(port):
    server = await asyncio.start_server(session, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


asyncio.run(main(int(sys.argv[1])))
