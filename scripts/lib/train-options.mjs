/**
 * The options of the training scripts (`train:focus`, `train:title`): a corpus folder and `--dry` (also `--dry-run`),
 * which writes no model. Any other option is a mistake, said in one line before hours of training overwrite a model.
 */
export function trainOptions(args, script) {
  const unknown = args.find((a) => a.startsWith('--') && a !== '--dry' && a !== '--dry-run');
  if (unknown) {
    console.error(`${script}: unknown option ${unknown} (options: --dry, which writes no model)`);
    process.exit(2);
  }
  return { dry: args.includes('--dry') || args.includes('--dry-run'), corpus: args.find((a) => !a.startsWith('--')) };
}
