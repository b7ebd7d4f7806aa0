import type { ClientCommand, ServerMessage } from '../protocol/generated';
import type { OpenSocket, SocketConnection, SocketHandlers } from '../realtime/socket';

/** One socket the client opened, driven by the test as the server would. */
export class FakeSocket implements SocketConnection {
  readonly sent: ClientCommand[] = [];
  closed = false;

  constructor(
    readonly url: string,
    private readonly handlers: SocketHandlers,
  ) {}

  send(text: string): void {
    this.sent.push(JSON.parse(text) as ClientCommand);
  }

  close(): void {
    this.closed = true;
  }

  accept(): void {
    this.handlers.opened();
  }

  deliver(message: ServerMessage): void {
    this.handlers.received(JSON.stringify(message));
  }

  /** The connection ends; `code` as the server closed it (1006: the network lost it). */
  drop(code = 1006): void {
    this.handlers.closed(code);
  }

  sentOfType<T extends ClientCommand['type']>(type: T): Extract<ClientCommand, { type: T }>[] {
    return this.sent.filter((command): command is Extract<ClientCommand, { type: T }> => command.type === type);
  }
}

export class FakeSocketServer {
  readonly sockets: FakeSocket[] = [];

  readonly open: OpenSocket = (url, handlers) => {
    const socket = new FakeSocket(url, handlers);
    this.sockets.push(socket);
    return socket;
  };

  get latest(): FakeSocket {
    const socket = this.sockets[this.sockets.length - 1];
    if (!socket) {
      throw new Error('no socket was opened');
    }
    return socket;
  }
}
