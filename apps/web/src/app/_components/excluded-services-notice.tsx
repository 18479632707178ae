import { memo } from "react";
import type { FieldErrors } from "../../lib/field-errors";
import { fieldLabel } from "../../lib/field-labels";
import type { Messages } from "../../lib/i18n";
import type { ServiceRow } from "../../lib/service-row";
import { TemplateText } from "./template-text";

/**
 * Which services the shown estimate leaves out (issue 20 item 3): a row with an error of its own is
 * not priced (lib/row-exclusion.ts) while the others are; each is named with its first error, and the
 * totals are said to cover the rest only. Nothing is computed here: the rows and errors come from buildView.
 */
export const ExcludedServicesNotice = memo(function ExcludedServicesNotice(props: {
  excludedRows: readonly number[];
  errors: FieldErrors;
  services: readonly ServiceRow[];
  t: Messages;
}) {
  const { excludedRows, errors, services, t } = props;
  if (excludedRows.length === 0) return null;
  const pricedCount = services.length - excludedRows.length;
  return (
    <section className="panel excluded-services" role="status" data-testid="excluded-services">
      <ul>
        {excludedRows.map((row) => {
          const prefix = `services[${row}].`;
          const first = Object.entries(errors).find(([field]) => field.startsWith(prefix));
          const name = services[row]?.name.trim() || `${t.services} ${row + 1}`;
          return (
            <li key={row}>
              <TemplateText
                template={t.excludedService}
                values={{
                  service: <strong>{name}</strong>,
                  reason: first ? `${fieldLabel(first[0], services, t)}: ${first[1]}` : "",
                }}
              />
            </li>
          );
        })}
      </ul>
      <p>
        <TemplateText template={t.excludedTotals} values={{ count: String(pricedCount) }} />
      </p>
    </section>
  );
});
