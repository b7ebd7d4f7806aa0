/** Something to tell the viewer: the server's stable code (translated by the client) and its Vietnamese message. */
export interface Problem {
  code: string;
  serverMessage: string | null;
}
