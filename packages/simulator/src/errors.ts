/** Base class of every error the simulator throws on purpose; `code` is stable for callers. */
export class SimulatorError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A start option or command-line flag has an invalid value. */
export class InvalidOptionError extends SimulatorError {
  constructor(message: string) {
    super('INVALID_OPTION', message);
  }
}

/** The requested port is already taken by another process. */
export class PortInUseError extends SimulatorError {
  readonly port: number;
  readonly host: string;

  constructor(host: string, port: number, cause: unknown) {
    super(
      'PORT_IN_USE',
      `Port ${port} on ${host} is already in use. Stop the process that holds it, or pick another port with --port (0 picks a free one).`,
      { cause },
    );
    this.port = port;
    this.host = host;
  }
}

/** A control call named an email address that has no simulated account. */
export class UnknownUserError extends SimulatorError {
  readonly email: string;

  constructor(email: string) {
    super('UNKNOWN_USER', `No simulated account has the email "${email}".`);
    this.email = email;
  }
}

/** A control call sent a notification or user that fails validation or conflicts with stored data. */
export class InvalidInputError extends SimulatorError {
  constructor(message: string) {
    super('INVALID_INPUT', message);
  }
}

/** A control call tried to add something whose id or email is already taken. */
export class ConflictError extends SimulatorError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}
