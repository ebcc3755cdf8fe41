/** A titled part of a page: a section its heading labels (for screen readers and the browser tests). */
import { Subtitle2 } from "@fluentui/react-components";
import type { ReactNode } from "react";

export function Section({ id, title, className, level = "h3", children }: { id: string; title: ReactNode; className: string; level?: "h2" | "h3"; children: ReactNode }) {
  return (
    <section className={className} aria-labelledby={id}>
      <Subtitle2 as={level} id={id}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
