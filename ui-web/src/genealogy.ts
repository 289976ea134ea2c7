/**
 * The genealogy graph of the MES (/api/genealogy/{id}/backward|forward) laid out in columns: the
 * searched unit in column 0, each input (backward) or output (forward) one column further out.
 * Edges are assembly/consumption links and roll intervals (a cell made from metres of a roll).
 */
export interface GenealogyNode {
  id: string;
  kind: string;
  status: string;
  productId?: string | null;
  lineId?: string | null;
  grade?: string | null;
}
export interface GenealogyLink {
  inputId: string;
  outputId: string;
  relation: string;
  quantity?: number | null;
}
export interface GenealogyInterval {
  unitId: string;
  rollId: string;
  startM: number;
  endM: number;
  viaRollId?: string | null;
}
export interface GenealogyLot {
  lotId: string;
  materialId: string;
  supplier: string;
  supplierLot?: string | null;
  countryOfOrigin: string;
  complianceStatus: string;
  carbonFootprintKgPerKg?: number | null;
  recycledContentPct?: number | null;
}
export interface GenealogyOperation {
  runId: number;
  unitId: string;
  operation: string;
  equipmentId: string;
  recipeId?: string | null;
  recipeVersion?: number | null;
  operator: string;
  trackedInAt: string;
  trackedOutAt?: string | null;
  result?: string | null;
  defectCodes: string[];
}
export interface GenealogyView {
  rootId: string;
  direction: "BACKWARD" | "FORWARD";
  units: GenealogyNode[];
  links: GenealogyLink[];
  intervals: GenealogyInterval[];
  materialLots: GenealogyLot[];
  operations: GenealogyOperation[];
}

export interface Edge {
  from: string; // the side nearer the root
  to: string;
  label: string;
}
export interface PlacedNode {
  node: GenealogyNode;
  column: number;
  row: number;
}
export interface Layout {
  nodes: PlacedNode[];
  edges: Edge[];
  columns: number;
  rows: number;
}

function metres(value: number): string {
  return String(Number(value.toFixed(3)));
}

/** The graph's edges, always oriented away from the searched unit. */
export function edgesOf(view: GenealogyView): Edge[] {
  const backward = view.direction === "BACKWARD";
  const edges: Edge[] = view.links.map((l) => ({
    from: backward ? l.outputId : l.inputId,
    to: backward ? l.inputId : l.outputId,
    label: l.relation.toLowerCase(),
  }));
  for (const i of view.intervals) {
    const label = `${metres(i.startM)}–${metres(i.endM)} m`;
    edges.push(backward ? { from: i.unitId, to: i.rollId, label } : { from: i.rollId, to: i.unitId, label });
  }
  const seen = new Set<string>();
  return edges.filter((e) => {
    const key = `${e.from}>${e.to}>${e.label}`;
    return e.from !== e.to && !seen.has(key) && Boolean(seen.add(key));
  });
}

/** Columns by shortest hop distance from the root (breadth first); rows in id order per column. */
export function layout(view: GenealogyView): Layout {
  const edges = edgesOf(view);
  const byId = new Map(view.units.map((u) => [u.id, u]));
  for (const e of edges) {
    for (const id of [e.from, e.to]) {
      if (!byId.has(id)) {
        byId.set(id, { id, kind: "UNKNOWN", status: "" });
      }
    }
  }
  if (!byId.has(view.rootId)) {
    byId.set(view.rootId, { id: view.rootId, kind: "UNKNOWN", status: "" });
  }
  const column = new Map<string, number>([[view.rootId, 0]]);
  const queue = [view.rootId];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const e of edges) {
      if (e.from === id && !column.has(e.to)) {
        column.set(e.to, (column.get(id) as number) + 1);
        queue.push(e.to);
      }
    }
  }
  let last = Math.max(...column.values());
  for (const id of [...byId.keys()].sort()) {
    if (!column.has(id)) {
      column.set(id, ++last); // not connected: still shown, in a column of its own
    }
  }
  const perColumn = new Map<number, string[]>();
  for (const [id, c] of column) {
    perColumn.set(c, [...(perColumn.get(c) ?? []), id]);
  }
  const nodes: PlacedNode[] = [];
  for (const [c, ids] of perColumn) {
    ids.sort().forEach((id, row) => nodes.push({ node: byId.get(id) as GenealogyNode, column: c, row }));
  }
  nodes.sort((a, b) => a.column - b.column || a.row - b.row);
  return {
    nodes,
    edges,
    columns: Math.max(...nodes.map((n) => n.column)) + 1,
    rows: Math.max(...nodes.map((n) => n.row)) + 1,
  };
}
