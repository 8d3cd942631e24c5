/** An error the CLI prints as `错误：message` (no stack): the user's input or data is at fault. */
export class CliError extends Error {}
