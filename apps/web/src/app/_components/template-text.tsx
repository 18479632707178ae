import { Fragment, type ReactNode } from "react";

/**
 * A UI template ("{runnerUp} より月額 {amount} 安くなります") filled with text or elements, so each
 * language keeps its own word order around an amount rendered by <Money>. A placeholder without a
 * value stays visible (a test sees it, never an empty gap).
 * @example <TemplateText template="{a} costs {b}" values={{ a: "web", b: <Money … /> }} />
 */
export function TemplateText(props: { template: string; values: Record<string, ReactNode> }) {
  const parts = props.template.split(/(\{\w+\})/);
  return (
    <>
      {parts.map((part, index) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        const value = name !== undefined && name in props.values ? props.values[name] : part;
        return <Fragment key={`${index}-${part}`}>{value}</Fragment>;
      })}
    </>
  );
}
