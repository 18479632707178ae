"use client";
import { type ReactNode, useEffect, useRef, useState } from "react";

/** Redrawn a little before it scrolls into view, so the chart a reader scrolls to is already current. */
const AHEAD_PX = 400;

/**
 * Its children as they were when last on screen: while the box is out of view, a change re-renders
 * nothing inside it (the same element is returned, so React skips the subtree); when it comes back
 * into view it redraws with the current children. For the charts below the fold (sensitivity, scale
 * and TCO curves): recharts spends ~15 ms per chart and change on the main thread, and a keystroke's
 * result or a landing break-even analysis redrew all of them (issue 19 item 5). Where
 * IntersectionObserver is missing (tests, old browsers) it always draws the current children.
 * @example <WhenVisible><TornadoChart … /></WhenVisible>
 */
export function WhenVisible(props: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [isVisible, setVisible] = useState(true);
  const shown = useRef(props.children);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((entry) => entry.isIntersecting)), {
      rootMargin: `${AHEAD_PX}px 0px`,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  if (isVisible) shown.current = props.children;
  return <div ref={box}>{shown.current}</div>;
}
