import type { AnalysisFailure } from "../../lib/analysis-failure";
import type { Messages } from "../../lib/i18n";

/**
 * Where the break-even search's result is not there yet: "searching" while it runs, or why it will
 * not come (issue 20 item 2) — never a "searching" that does not end.
 */
export function AnalysisStatus(props: { failure: AnalysisFailure | null | undefined; t: Messages; testId?: string }) {
  const { failure, t } = props;
  return (
    <p className="hint" role="status" data-testid={props.testId ?? "analysis-status"} data-state={failure ?? "pending"}>
      {failure ? t[`analysisFailed.${failure}`] : t.analysisPending}
    </p>
  );
}
