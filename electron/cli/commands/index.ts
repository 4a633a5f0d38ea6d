import { importCommand } from './import';
import { importsCommand } from './imports';
import { initCommand } from './init';
import { plansCommand } from './plans';
import { reportCommand } from './report';
import { targetsCommand } from './targets';
import { templateCommand } from './template';
import { undoCommand } from './undo';
import { unitsCommand } from './units';
import { valuesCommand } from './values';
import { webCommand } from './web';

/** Each command: arguments after its name → exit code (-1: keeps running, as the web server does). */
export type Command = (argv: string[]) => Promise<number>;

export const commands: Record<string, Command> = {
  init: initCommand,
  values: valuesCommand,
  targets: targetsCommand,
  plans: plansCommand,
  report: reportCommand,
  web: webCommand,
  import: importCommand,
  imports: importsCommand,
  undo: undoCommand,
  template: templateCommand,
  units: unitsCommand,
};
