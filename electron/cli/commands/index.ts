/** Each command: arguments after its name → exit code (-1: keeps running, as the web server does). */
export type Command = (argv: string[]) => Promise<number>;

/**
 * Commands load on use: `imports` need not pay for exceljs, pdfmake and the web server at start-up
 * (the built CLI starts in a few times a bare `node`; see `npm run bench cli`).
 */
function lazy<M>(load: () => Promise<M>, pick: (m: M) => Command): Command {
  return async (argv) => pick(await load())(argv);
}

export const commands: Record<string, Command> = {
  init: lazy(
    () => import('./init'),
    (m) => m.initCommand,
  ),
  values: lazy(
    () => import('./values'),
    (m) => m.valuesCommand,
  ),
  targets: lazy(
    () => import('./targets'),
    (m) => m.targetsCommand,
  ),
  plans: lazy(
    () => import('./plans'),
    (m) => m.plansCommand,
  ),
  report: lazy(
    () => import('./report'),
    (m) => m.reportCommand,
  ),
  web: lazy(
    () => import('./web'),
    (m) => m.webCommand,
  ),
  import: lazy(
    () => import('./import'),
    (m) => m.importCommand,
  ),
  imports: lazy(
    () => import('./imports'),
    (m) => m.importsCommand,
  ),
  undo: lazy(
    () => import('./undo'),
    (m) => m.undoCommand,
  ),
  template: lazy(
    () => import('./template'),
    (m) => m.templateCommand,
  ),
  units: lazy(
    () => import('./units'),
    (m) => m.unitsCommand,
  ),
};
