import type { ComponentChildren } from 'preact';
import type { Problem } from '../../ui/problem';
import { InfoNotice, Loading, ProblemNotice } from '../../ui/Notice';
import type { Async } from '../../ui/useAsync';

/** A console section: its heading, what went wrong, a first load, an empty list, then the list and its editor. */
export function ListPanel(props: {
  headingId: string;
  heading: string;
  /** The load behind the list: its problem, and a loading notice until the first answer. */
  source?: Pick<Async<unknown>, 'data' | 'problem' | 'loading'>;
  /** What went wrong with the panel's own buttons (a delete, a reorder), when the load itself went well. */
  problem?: Problem | null;
  /** The notice for an empty list, when it is empty. */
  empty?: string | false;
  children: ComponentChildren;
}) {
  const { source } = props;
  return (
    <section class="panel" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{props.heading}</h2>
      <ProblemNotice problem={source?.problem ?? props.problem ?? null} />
      {source?.loading && !source.data && <Loading />}
      {props.empty && <InfoNotice>{props.empty}</InfoNotice>}
      {props.children}
    </section>
  );
}
