/**
 * The runtime view of the catalogue: every index the queries need, built once when the runtime
 * loads, so that each lookup is a Map.get. Also the one name resolver every function shares.
 */
import { harmoniseUnits, type Catalog, type Dataset, type Entity, type EntityType, type Fact, type List, type Metric, type PreparedIndexes } from "../data/catalog";
import { KeyTable, keyLength, lookupKey, lookupKeys } from "../data/normalize";
import { failure } from "./messages";
import { ok, type Result } from "./result";

interface NameEntry {
  key: string;
  name: string;
  id: string;
}

export class Atlas {
  readonly entities = new Map<string, Entity>();
  readonly metrics = new Map<string, Metric>();
  readonly datasets = new Map<string, Dataset>();
  readonly lists = new Map<string, List>();
  private readonly entityByName = new Map<string, string>();
  /** A name may belong to several metrics ("parameters": `parameters` and `model_params`): ids first, then aliases. */
  private readonly metricByName = new Map<string, string[]>();
  /**
   * Names exactly as the catalogue writes them (and as most formulas type them), to what their lookup key
   * resolves to: a hit skips normalisation altogether. Other spellings go through lookupKey.
   */
  private readonly entityBySpelling = new Map<string, string>();
  private readonly metricBySpelling = new Map<string, string[]>();
  /**
   * Every name the catalogue writes, by its spelling, to its slot: the slot's lookup key (a formula typing
   * the name skips lookupKey) and, once meaningOf has read it, its meaning (-1 before). One Map for both:
   * a spelling the catalogue does not write is known to be new after one Map.get.
   */
  private readonly slotBySpelling = new Map<string, number>();
  private readonly slotKeys: string[] = [];
  private readonly slotMeanings: number[] = [];
  // Indexes built on first use are fields set to undefined here, never optional fields: a property added to
  // the Atlas later changes its hidden class and deoptimises every function that has read it
  // (test/unit/domain/atlas-shape.test.ts).
  /** Every name with its key and the entity or metric it names, for suggestions: built on first use (a did-you-mean needs them, a lookup does not). */
  private entityEntries: NameEntry[] | undefined = undefined;
  private metricEntries: NameEntry[] | undefined = undefined;
  /** metric id -> the positions of its names in metricNames. */
  private metricEntryPositions: Map<string, number[]> | undefined = undefined;
  private entityNameIndex: NameIndex | undefined = undefined;
  private metricNameIndex: NameIndex | undefined = undefined;
  /** The keys of the short forms (tickers without their exchange, names without their note) in entityByName. */
  private readonly shortFormKeys = new Set<string>();
  /**
   * Every short form's key to the entities it shortens, those kept out of entityByName too (the name of
   * another entity: "渠道商" is a component's name and the pick segment "渠道商（建议关注）" without its note).
   */
  private readonly shortFormOwners: Map<string, Set<string>>;
  /** entity -> metric -> facts, in catalogue order (two Map.get, no key string to build). */
  private readonly factsByEntityMetric = new Map<string, Map<string, Fact[]>>();
  /** entity -> the metrics it has figures for, in catalogue order. */
  private readonly metricsByEntity = new Map<string, string[]>();
  /** subject -> its lists; conflict -> its facts; built on first use (most workbooks never ask). */
  private listsBySubject: Map<string, List[]> | undefined = undefined;
  private factsByConflict: Map<string, Fact[]> | undefined = undefined;
  /** member entity -> the lists naming it, in catalogue order. */
  private listsByMember: Map<string, List[]> | undefined = undefined;
  /** A variant that names its product ("910B OAM", "A100 80GB PCIe") as a lookup key -> entity and variant. */
  private variantIndex: Map<string, { id: string; variant: string }> | undefined = undefined;

  constructor(readonly catalog: Catalog) {
    // Every name the catalogue writes, keyed in one pass (lookupKeys): entities' names, then metrics'.
    const names: string[] = [];
    const owners: string[] = [];
    // Short forms (below) are collected on the way: a ticker with an exchange suffix, a name with a bracketed note.
    const forms: string[] = [];
    const formOwners: string[] = [];
    for (const e of catalog.entities) {
      this.entities.set(e.id, e);
      const id = e.id;
      for (const name of entityNamesOf(e)) named(names, owners, name, id);
      named(forms, formOwners, tickerForm(e.ticker), id);
      for (const a of e.aliases) named(forms, formOwners, tickerForm(a), id);
      named(forms, formOwners, unnotedForm(e.en), id);
      named(forms, formOwners, unnotedForm(e.zh), id);
    }
    const entityNameCount = names.length;
    for (const m of catalog.metrics) {
      this.metrics.set(m.id, m);
      names.push(...metricNamesOf(m));
    }
    const keys = lookupKeys(names);
    for (let i = 0; i < names.length; i++) if (!this.slotBySpelling.has(names[i])) this.addSpelling(names[i], keys[i]);
    for (let i = 0; i < entityNameCount; i++) {
      const key = keys[i];
      let owner = this.entityByName.get(key);
      if (owner === undefined) this.entityByName.set(key, (owner = owners[i]));
      // A spelling answers what its key answers (the key's first owner, already final): as lookupKey would.
      if (!this.entityBySpelling.has(names[i])) this.entityBySpelling.set(names[i], owner);
    }
    // Spellings analysts type that the data writes longer: a ticker without its exchange suffix ("CRWV" for
    // "CRWV.O"), a name without the bracketed note that tells it apart ("Channels" for "Channels (picks)").
    // Each only where no other name has it and only one entity would claim it.
    const shortForms = new Map<string, Set<string>>();
    lookupKeys(forms).forEach((key, i) => {
      if (!shortForms.has(key)) shortForms.set(key, new Set());
      shortForms.get(key)?.add(formOwners[i]);
    });
    this.shortFormOwners = shortForms;
    for (const [key, ids] of shortForms) {
      if (ids.size !== 1 || this.entityByName.has(key)) continue;
      const id = [...ids][0];
      this.entityByName.set(key, id);
      this.shortFormKeys.add(key);
    }
    let at = entityNameCount;
    for (const m of catalog.metrics) {
      for (const end = at + metricNamesOf(m).length; at < end; at++) {
        const key = keys[at];
        const ids = this.metricByName.get(key);
        if (ids === undefined) this.metricByName.set(key, [m.id]);
        else if (!ids.includes(m.id)) {
          if (names[at] === m.id) ids.unshift(m.id);
          else ids.push(m.id);
        }
      }
    }
    // A metric's English name without its "(as stated)" / "(as printed)" note is typed too ("revenue YoY growth").
    for (const m of catalog.metrics) {
      const short = m.en.endsWith(")") ? /^(.+?)\s*\([^()]+\)$/.exec(m.en)?.[1] : undefined;
      if (!short || short.length < 3) continue;
      const ids = this.metricByName.get(lookupKey(short)) ?? [];
      if (!ids.includes(m.id)) this.metricByName.set(lookupKey(short), [...ids, m.id]);
    }
    // Spellings answer what their keys answer, once every name (short names too) is in.
    for (let i = entityNameCount; i < names.length; i++) if (!this.metricBySpelling.has(names[i])) this.metricBySpelling.set(names[i], this.metricByName.get(keys[i]) ?? []);
    harmoniseUnits(catalog);
    for (const d of catalog.datasets) this.datasets.set(d.id, d);
    for (const f of catalog.facts) {
      let byMetric = this.factsByEntityMetric.get(f.entity);
      if (!byMetric) {
        this.factsByEntityMetric.set(f.entity, (byMetric = new Map<string, Fact[]>()));
        this.metricsByEntity.set(f.entity, []);
      }
      const list = byMetric.get(f.metric);
      if (list) list.push(f);
      else {
        byMetric.set(f.metric, [f]);
        this.metricsByEntity.get(f.entity)?.push(f.metric);
      }
    }
    for (const l of catalog.lists) this.lists.set(l.id, l);
  }

  /**
   * Every name of every entity, suggested as typed back: an id is suggested under the entity's display name,
   * or, where that does not resolve to it, the name a formula uses ("NVIDIA", not "AR glasses: retail
   * channels (渠道商)"), judged by the names the catalogue writes (not the short forms).
   */
  private get entityNames(): NameEntry[] {
    if (this.entityEntries) return this.entityEntries;
    const entries: NameEntry[] = [];
    for (const e of this.catalog.entities) {
      for (const name of entityNamesOf(e)) if (name) entries.push({ key: this.seedKey(name), name: name === e.id ? this.displayName(e) : name, id: e.id });
    }
    const written = { get: (key: string) => (this.shortFormKeys.has(key) ? undefined : this.entityByName.get(key)) };
    for (const entry of entries) {
      if (entry.key === this.keyOf(entry.id) && written.get(this.keyOf(entry.name)) !== entry.id) entry.name = this.formulaNameBy(this.entities.get(entry.id) as Entity, written);
    }
    return (this.entityEntries = entries);
  }

  /** Every name of every metric (an id under its label), and each metric's positions among them. */
  private get metricNames(): NameEntry[] {
    if (this.metricEntries) return this.metricEntries;
    const entries: NameEntry[] = [];
    const positions = new Map<string, number[]>();
    for (const m of this.catalog.metrics) {
      for (const name of metricNamesOf(m)) {
        push(positions, m.id, entries.length);
        entries.push({ key: this.seedKey(name), name: name === m.id ? this.metricLabel(m) : name, id: m.id });
      }
    }
    this.metricEntryPositions = positions;
    return (this.metricEntries = entries);
  }

  private get metricEntriesById(): Map<string, number[]> {
    if (!this.metricEntryPositions) void this.metricNames;
    return this.metricEntryPositions as Map<string, number[]>;
  }

  private get entityIndex(): NameIndex {
    return (this.entityNameIndex ??= new NameIndex(this.entityNames));
  }

  private get metricIndex(): NameIndex {
    return (this.metricNameIndex ??= new NameIndex(this.metricNames));
  }

  /** Variants that name their product, by lookup key: built on first use. */
  private get variantByName(): Map<string, { id: string; variant: string }> {
    if (this.variantIndex) return this.variantIndex;
    const prepared = this.catalog.prepared;
    if (prepared) return (this.variantIndex = new Map(prepared.variants.map(([key, id, variant]) => [key, { id, variant }])));
    const index = new Map<string, { id: string; variant: string }>();
    const nameKeys = new Map<string, string[]>();
    for (const f of this.catalog.facts) {
      if (f.variant === undefined) continue;
      const key = this.seedKey(f.variant);
      let names = nameKeys.get(f.entity);
      if (!names) {
        const e = this.entities.get(f.entity);
        names = e
          ? [e.id, e.zh, e.en, e.ticker, ...e.aliases]
              .filter((n): n is string => !!n)
              .map((n) => this.seedKey(n))
              .filter((k) => k.length >= 2)
          : [];
        nameKeys.set(f.entity, names);
      }
      if (names.some((n) => key.startsWith(n) && key !== n) && !index.has(key)) index.set(key, { id: f.entity, variant: f.variant });
    }
    // The same variant under the product's other names: "昇腾910B OAM", "Ascend 910B OAM" and "Huawei 910B OAM"
    // for the printed "910B OAM" (the rest of its key after the longest name it starts with), where no
    // printed variant or other name has that key.
    for (const [key, hit] of [...index]) {
      const names = nameKeys.get(hit.id) ?? [];
      const prefix = names.filter((n) => key.startsWith(n) && key !== n).sort((a, b) => b.length - a.length)[0];
      if (prefix === undefined) continue;
      const rest = key.slice(prefix.length);
      // (Each name after one of the vendor's too: "华为910B OAM".)
      const vendors = this.vendorKeysOf(this.entities.get(hit.id));
      for (const n of [...names, ...vendors.flatMap((v) => names.filter((m) => !m.startsWith(v)).map((m) => v + m))]) {
        const other = n + rest;
        if (!index.has(other) && !this.entityByName.has(other)) index.set(other, hit);
      }
    }
    return (this.variantIndex = index);
  }

  private buildLists(): void {
    this.listsBySubject = new Map<string, List[]>();
    this.listsByMember = new Map<string, List[]>();
    for (const l of this.catalog.lists) {
      push(this.listsBySubject, l.subject, l);
      for (const id of new Set(l.members.map((m) => m.entity))) push(this.listsByMember, id, l);
    }
  }

  /**
   * Answers a query worked out once per key and kept, for one entity: the catalogue never changes while an
   * atlas lives, so an answer that depends only on resolved ids (never on how a name was spelled) can be
   * reused. `query` (the function that works the answer out) keeps each query's answers apart. Callers
   * bound what they keep per entity.
   */
  answersFor<T>(query: object, entity: Entity): Map<string, T> {
    let byEntity = this.answers.get(query);
    if (!byEntity) this.answers.set(query, (byEntity = new WeakMap<Entity, Map<string, unknown>>()));
    let answers = byEntity.get(entity);
    if (!answers) byEntity.set(entity, (answers = new Map<string, unknown>()));
    return answers as Map<string, T>;
  }

  private readonly answers = new Map<object, WeakMap<Entity, Map<string, unknown>>>();

  /**
   * What `query` answers for `entity` under `key`: worked out by `work` on first use and kept (answersFor),
   * for answers a few per entity (a sentence, a worded figure). Never undefined: `work` says "none" as null.
   */
  answerOnce<T>(query: object, entity: Entity, key: string, work: () => T): T {
    const answers = this.answersFor<T>(query, entity);
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = work()));
    return answer;
  }

  /** The facts about one entity and metric, in catalogue order. Shared: callers never modify it. */
  facts(entity: string, metric: string): Fact[] {
    return this.factsByEntityMetric.get(entity)?.get(metric) ?? NO_FACTS;
  }

  /**
   * The default fact the build worked out for a pool of facts (atlas.facts of one entity and metric), from
   * one of Catalog.prepared's tables (specDefaults: AICHIP.SPEC's; valueDefaults: ATLAS.VALUE's), or
   * undefined: none carried for that pool (worked out at run time). Each table is read on first use.
   */
  preparedDefault(table: "specDefaults" | "valueDefaults", facts: Fact[]): Fact | undefined {
    let defaults = this.defaults.get(table);
    if (defaults === undefined) {
      defaults = new Map();
      let index = 0;
      for (const delta of this.catalog.prepared?.[table] ?? []) {
        const fact = this.catalog.facts[(index += delta)];
        if (fact !== undefined) defaults.set(this.facts(fact.entity, fact.metric), fact);
      }
      this.defaults.set(table, defaults);
    }
    return defaults.get(facts);
  }

  private readonly defaults = new Map<string, Map<Fact[], Fact>>();

  /** Metric ids the report gives figures for, for one entity, in catalogue order. Shared: callers never modify it. */
  metricsOf(entity: string): readonly string[] {
    return this.metricsByEntity.get(entity) ?? NO_METRICS;
  }

  listsAbout(subject: string): List[] {
    if (!this.listsBySubject) this.buildLists();
    return this.listsBySubject?.get(subject) ?? [];
  }

  /** Every list that names `entity` as a member (suppliers, makers, picks...). */
  listsNaming(entity: string): List[] {
    if (!this.listsByMember) this.buildLists();
    return this.listsByMember?.get(entity) ?? [];
  }

  /** Every fact that reports the same thing as `fact` differently (its conflict), itself included. */
  conflictOf(fact: Fact): Fact[] {
    if (!fact.conflict) return [fact];
    if (!this.factsByConflict) {
      this.factsByConflict = new Map<string, Fact[]>();
      for (const f of this.catalog.facts) if (f.conflict) push(this.factsByConflict, f.conflict, f);
    }
    return this.factsByConflict.get(fact.conflict) ?? [fact];
  }

  /** A metric's short name as analysts write it: "FP16", "TDP", else its English name. */
  metricLabel(m: Metric): string {
    let label = this.metricLabels.get(m);
    if (label === undefined) this.metricLabels.set(m, (label = m.aliases.find((a) => /^[A-Za-z0-9 ./@+-]{1,16}$/.test(a)) ?? m.en));
    return label;
  }

  /** Labels are read in every message that lists what the report gives: worked out once per metric. */
  private readonly metricLabels = new Map<Metric, string>();

  /**
   * The name to show a user: for chips, the first Latin-script short name analysts type ("910C",
   * "Tiangai 150"); else English with the Chinese name.
   */
  displayName(entity: Entity): string {
    let name = this.displayNames.get(entity.id);
    if (name === undefined) {
      name = this.computeDisplayName(entity);
      this.displayNames.set(entity.id, name);
    }
    return name;
  }

  private readonly displayNames = new Map<string, string>();

  private computeDisplayName(entity: Entity): string {
    if (entity.type === "chip") {
      const latin = [entity.zh, ...entity.aliases].find((n): n is string => n !== undefined && /^[\x20-\x7e]+$/.test(n));
      const short = latin ?? entity.aliases[0];
      if (short) return short;
    }
    if (entity.en && entity.zh && !entity.en.includes(entity.zh)) return `${entity.en} (${entity.zh})`;
    return entity.en ?? entity.zh ?? entity.id;
  }

  /**
   * The name to write in a formula for `entity`: its display name where that name resolves back to it
   * (chips: "910C"), else its English or Chinese name, an alias, or its id. "NVIDIA (英伟达)" is for
   * reading, not typing.
   */
  formulaName(entity: Entity): string {
    return this.formulaNameBy(entity, this.entityByName);
  }

  private formulaNameBy(entity: Entity, entityByName: { get(key: string): string | undefined }): string {
    for (const name of [entity.type === "chip" ? this.displayName(entity) : undefined, entity.en, entity.zh, ...entity.aliases, this.displayName(entity)]) {
      if (name && entityByName.get(lookupKey(name)) === entity.id) return name;
    }
    return entity.id;
  }

  /**
   * The variant a typed name names, when it names one of the entity's printed variants rather than the
   * product itself ("910B OAM", "A100 80GB PCIe", "H100 SXM"): only that variant's figures may answer.
   */
  nameVariant(entityId: string, typed: string): string | undefined {
    if (this.variantByName.size === 0) return undefined;
    return this.variantOfKey(entityId, this.keyOf(typed));
  }

  /**
   * A metric as AICHIP.METRICS labels a figure of one printed variant ("bandwidth, 910B OAM"), typed back: the
   * metric's name and the variant, where the text after the last ", " names a variant of this entity; else
   * undefined. Read only once a name failed to resolve as it stands.
   */
  variantLabel(entityId: string, typed: string): [metric: string, variant: string] | undefined {
    const at = typed.lastIndexOf(", ");
    if (at <= 0) return undefined;
    const variant = typed.slice(at + 2).trim();
    return this.nameVariant(entityId, variant) !== undefined ? [typed.slice(0, at).trim(), variant] : undefined;
  }

  /** The entity a lookup key denotes: a name's owner, or the product a variant name names. */
  private entityOfKey(key: string): string | undefined {
    return this.entityByName.get(key) ?? this.variantByName.get(key)?.id ?? this.vendorPrefixed.get(key);
  }

  /**
   * A product's name after one of its vendor's names, as analysts type them ("微软Maia 100", "Huawei 910B",
   * "寒武纪 MLU370X8"), by lookup key: the vendor's key and the product's key joined (a key is its name's
   * characters folded one by one, so the joined name's key is the two keys joined). Only where no name
   * the catalogue writes has that key and only one product would claim it. Built on the first name that
   * no catalogue name or variant has (a misspelling, or one of these).
   */
  private get vendorPrefixed(): Map<string, string> {
    if (this.vendorIndex) return this.vendorIndex;
    if (this.catalog.prepared) return (this.vendorIndex = new Map(this.catalog.prepared.vendorPrefixed));
    const claims = new Map<string, Set<string>>();
    const variants = this.variantByName;
    for (const e of this.catalog.entities) {
      const vendorKeys = this.vendorKeysOf(e);
      for (const name of entityNamesOf(e)) {
        if (!name || name === e.id) continue;
        const own = this.seedKey(name);
        // A name that is also one of the product's variants ("910B OAM") is that variant after a vendor's
        // name too: variantByName has it, with the variant it names.
        if (variants.has(own)) continue;
        for (const v of vendorKeys) {
          if (own.startsWith(v)) continue;
          const key = v + own;
          let ids = claims.get(key);
          if (!ids) claims.set(key, (ids = new Set()));
          ids.add(e.id);
        }
      }
    }
    const index = new Map<string, string>();
    for (const [key, ids] of claims) if (ids.size === 1 && !this.entityByName.has(key) && !this.variantByName.has(key)) index.set(key, [...ids][0]);
    return (this.vendorIndex = index);
  }

  private vendorIndex: Map<string, string> | undefined = undefined;

  /** The name indexes the bundle's catalogue carries (Catalog.prepared), as this atlas has them. */
  preparedIndexes(): PreparedIndexes {
    return {
      variants: [...this.variantByName].map(([key, { id, variant }]) => [key, id, variant]),
      vendorPrefixed: [...this.vendorPrefixed],
    };
  }

  /** The lookup keys of a chip's or product's vendor's names (two characters or more), or none. */
  private vendorKeysOf(e: Entity | undefined): string[] {
    const vendor = e?.vendor === undefined ? undefined : this.entities.get(e.vendor);
    if (e === undefined || vendor === undefined || (e.type !== "chip" && e.type !== "product")) return [];
    return [
      ...new Set(
        entityNamesOf(vendor)
          .filter((n): n is string => !!n)
          .map((n) => this.seedKey(n)),
      ),
    ].filter((k) => k.length >= 2);
  }

  /** The variant of `entityId` a lookup key names, if it is one of that entity's variant names. */
  private variantOfKey(entityId: string, key: string): string | undefined {
    const hit = this.variantByName.get(key);
    return hit && hit.id === entityId ? hit.variant : undefined;
  }

  /** The entity a name denotes exactly (no suggestions): for names the data itself writes, e.g. a claim's baseline. */
  findEntity(name: string): Entity | undefined {
    const id = this.entityBySpelling.get(name) ?? this.entityByName.get(this.keyOf(name));
    return id === undefined ? undefined : this.entities.get(id);
  }

  /**
   * The lookup key of a typed name: the catalogue's own spellings are looked up; another spelling's key is
   * found without being built where the catalogue has it (keyTable), or built (lookupKey). The last two
   * names keyed are remembered (a call resolves its name, then asks which variant it names, with the same
   * text). (Keeping every new spelling's key cost a first call more than it saved a later one.)
   */
  keyOf(input: string): string {
    if (input === this.lastInput) return this.lastKey;
    if (input === this.priorInput) return this.priorKey;
    return this.newKey(input, this.slotBySpelling.get(input));
  }

  /**
   * The key of a name that is neither of the last two keyed (`slot`: its catalogue slot, if it is a
   * catalogue spelling), which becomes the last one keyOf remembers.
   */
  private newKey(input: string, slot: number | undefined): string {
    const key = slot !== undefined ? this.slotKeys[slot] : (this.keyTable.keyIn(input) ?? lookupKey(input));
    this.priorInput = this.lastInput;
    this.priorKey = this.lastKey;
    this.lastInput = input;
    this.lastKey = key;
    return key;
  }

  /**
   * Every key a name resolves by (entities', their variants', metrics'), found from a typed name without
   * building its key (KeyTable): built on the first lookup.
   */
  private get keyTable(): KeyTable {
    return (this.keys ??= new KeyTable([...this.entityByName.keys(), ...this.variantByName.keys(), ...this.metricByName.keys()]));
  }

  private keys: KeyTable | undefined = undefined;

  /**
   * What a typed name stands for wherever a name is resolved by its key (resolveEntity, findEntity,
   * nameVariant, metricIdsOf): keys that denote the same entity, the same variant of it and the same
   * metrics share one number ("H100", "NVIDIA H100" and "英伟达H100"; "capex" and "资本开支"); a key that
   * denotes nothing (the empty key of text that is all spaces and dashes too) is itself.
   */
  meaningOf(input: string): number | string {
    // A name as the catalogue writes it (most formulas' spelling): one Map.get, its meaning once it has
    // been read; another spelling is new after that Map.get, and keyed as keyOf keys it.
    const slot = this.slotBySpelling.get(input);
    if (slot !== undefined) {
      const known = this.slotMeanings[slot];
      if (known >= 0) return known;
    }
    const key = input === this.lastInput ? this.lastKey : input === this.priorInput ? this.priorKey : this.newKey(input, slot);
    let meaning = this.meaningByKey.get(key);
    if (meaning === undefined) {
      // What resolution reads from the key: its entity (entityIdOf), the variant it names (nameVariant), its metrics (metricIdsOf).
      const entity = this.entityOfKey(key);
      const metrics = this.metricByName.get(key);
      if (entity === undefined && metrics === undefined) return key;
      const named = entity === undefined ? "" : (this.variantOfKey(entity, key) ?? "");
      // A metric name that says HBM ("HBM", "HBM bandwidth") asks for more than the memory metric it
      // denotes (keyNamesHbm): it means something of its own.
      const hbm = metrics !== undefined && keyNamesHbm(key);
      const signature = `${entity ?? ""}\u0000${named}\u0000${(metrics ?? []).join("\u0000")}${hbm ? "\u0000\u0001hbm" : ""}`;
      meaning = this.meaningBySignature.get(signature);
      if (meaning === undefined) {
        this.meaningBySignature.set(signature, (meaning = this.meaningBySignature.size));
        this.meaningEntities.push(entity);
        this.meaningVariants.push(named === "" ? undefined : named);
        this.meaningMetricIds.push(metrics ?? NO_METRICS);
        this.meaningHbm.push(hbm);
      }
      this.meaningByKey.set(key, meaning);
    }
    // Kept by spelling for the catalogue's own spellings only (a bounded set; other spellings are keyed anew).
    if (slot !== undefined) this.slotMeanings[slot] = meaning;
    return meaning;
  }

  /**
   * What a meaning (meaningOf) stands for, as resolution reads a name with that meaning: the entity id
   * (resolveEntity's entityIdOf), the variant of it the name names (nameVariant) and the metric ids
   * (metricIdsOf). Undefined for what meaningOf did not give (a key that denotes nothing is its own meaning).
   */
  meaningEntity(meaning: unknown): string | undefined {
    return typeof meaning === "number" ? this.meaningEntities[meaning] : undefined;
  }

  meaningVariant(meaning: unknown): string | undefined {
    return typeof meaning === "number" ? this.meaningVariants[meaning] : undefined;
  }

  meaningMetrics(meaning: unknown): readonly string[] {
    return (typeof meaning === "number" ? this.meaningMetricIds[meaning] : undefined) ?? NO_METRICS;
  }

  /** Whether a metric meaning was read from a name that says HBM (namesHbm). */
  meaningNamesHbm(meaning: unknown): boolean {
    return typeof meaning === "number" && this.meaningHbm[meaning] === true;
  }

  /**
   * Whether a metric name says HBM ("HBM", "hbm bandwidth"): it asks for a chip's HBM, so a chip whose
   * memory the report gives as another type (LPDDR5, GDDR6) has no such figure, though the name denotes
   * its memory metric (chips.ts, notHbm).
   */
  namesHbm(input: string): boolean {
    return keyNamesHbm(this.keyOf(input));
  }

  /** By meaning number: what meaningOf read from the key that first had it (every key with it reads the same). */
  private readonly meaningEntities: (string | undefined)[] = [];
  private readonly meaningVariants: (string | undefined)[] = [];
  private readonly meaningMetricIds: (readonly string[])[] = [];
  private readonly meaningHbm: boolean[] = [];

  /** Catalogue keys and signatures to their meaning numbers (meaningOf): at most one per catalogue key. */
  private readonly meaningByKey = new Map<string, number>();
  private readonly meaningBySignature = new Map<string, number>();

  /** Whether the catalogue writes this spelling as a name (of an entity or a metric). */
  isCatalogSpelling(spelling: string): boolean {
    return this.entityBySpelling.has(spelling) || this.metricBySpelling.has(spelling);
  }

  /** A catalogue spelling's key, computed once when the indexes are built. */
  private seedKey(name: string): string {
    const slot = this.slotBySpelling.get(name);
    if (slot !== undefined) return this.slotKeys[slot];
    const key = lookupKey(name);
    this.addSpelling(name, key);
    return key;
  }

  /** A catalogue spelling and its key, in a new slot (its meaning not read yet). */
  private addSpelling(name: string, key: string): void {
    this.slotBySpelling.set(name, this.slotKeys.length);
    this.slotKeys.push(key);
    this.slotMeanings.push(-1);
  }

  /** The last two names keyed (a call's name and metric, keyed by the memo and again as they are resolved). */
  private lastInput = "";
  private lastKey = "";
  private priorInput = "";
  private priorKey = "";

  /** The entity id a typed name denotes: its exact spelling first, its lookup key (or a variant it names) only on a miss. */
  private entityIdOf(input: string): string | undefined {
    const spelled = this.entityBySpelling.get(input);
    if (spelled !== undefined) return spelled;
    return this.entityOfKey(this.keyOf(input));
  }

  /** The entity a typed name denotes as resolveEntity reads it (a variant name too), whatever its type: no suggestions. */
  entityOf(input: string): Entity | undefined {
    const id = this.entityIdOf(input);
    return id === undefined ? undefined : this.entities.get(id);
  }

  /**
   * Resolves a user-typed name to an entity whose type is allowed (and which passes `accept`, e.g.
   * "has capex figures"). Unknown names fail with the closest valid names.
   */
  resolveEntity(input: string, what: string, types: readonly EntityType[], accept: (e: Entity) => boolean = acceptAll): Result<Entity> {
    const found = this.entityIdOf(input);
    const entity = found === undefined ? undefined : this.entities.get(found);
    if (entity && types.includes(entity.type) && accept(entity)) return ok(entity);
    return this.unresolvedEntity(input, what, types, accept);
  }

  /** Why a name does not resolve, with the closest usable names: the slow path, taken once per spelling. */
  private unresolvedEntity(input: string, what: string, types: readonly EntityType[], accept: (e: Entity) => boolean): Result<Entity> {
    const key = this.keyOf(input);
    // Suggestions test every name; many names share an entity, so each entity is judged once, and kept
    // for the next misspelling where the caller's types and test are the same objects (the catalogue
    // never changes while an atlas lives; a test made afresh per call gets a fresh judgement).
    const judged = this.judgements(types, accept);
    const usable = (id: string) => {
      let verdict = judged.get(id);
      if (verdict === undefined) {
        const e = this.entities.get(id);
        verdict = e !== undefined && types.includes(e.type) && accept(e);
        judged.set(id, verdict);
      }
      return verdict;
    };
    const id = this.entityOfKey(key);
    if (id !== undefined && usable(id)) return ok(this.entities.get(id) as Entity);
    const found = id !== undefined ? this.entities.get(id) : undefined;
    let suggestions = this.entityIndex.closest(key, (n) => usable(n.id));
    const vendor = found === undefined ? this.vendorPrefix(key) : undefined;
    if (vendor !== undefined && suggestions.every((name) => this.entityOfKey(this.keyOf(name)) === vendor[1])) {
      // A product misspelled after its vendor's name ("华为910X", "Huawei 910X"): no catalogue name is close
      // to the two together, or only the vendor is (kept first: "Huaweii" is the vendor misspelled), so the
      // rest is matched among that vendor's products too.
      // (Only names that start as the rest does: "华为A10" is no misspelling of Huawei's "920".)
      const restKey = key.slice(vendor[0].length);
      const rest = this.entityIndex.closest(restKey, (n) => usable(n.id) && this.entities.get(n.id)?.vendor === vendor[1]).filter((name) => this.keyOf(name)[0] === restKey[0]);
      suggestions = [...suggestions, ...rest.filter((name) => !suggestions.includes(name))].slice(0, 3);
    }
    if (found) {
      // The name of something of another kind, and also, without its bracketed note, of the one thing of
      // the kind asked for: that thing (=PICKS("渠道商"), the segment the report heads "渠道商（建议关注）").
      // (Not where both are of one kind: "国家集成电路产业投资基金" is the first Big Fund, not the second.)
      const shortened = [...(this.shortFormOwners.get(key) ?? [])].filter((other) => usable(other) && this.entities.get(other)?.type !== found.type);
      if (shortened.length === 1) return ok(this.entities.get(shortened[0]) as Entity);
      // Or, with "global" ("全球") before it, of the one thing of the kind asked for: =MARKET.SIZE("foldable
      // phones") is the market the report heads "全球折叠屏手机" (L2187, L2194), where "foldable phones" alone is
      // the supplier segment 折叠屏 (L2129).
      const global = [this.entityOfKey(`global${key}`), this.entityOfKey(`全球${key}`)].filter((other): other is string => other !== undefined && usable(other));
      if (global.length > 0 && global.every((other) => other === global[0])) return ok(this.entities.get(global[0]) as Entity);
      // A real name, but of something this function has no figures for (a company given as a chip).
      const names =
        suggestions.length > 0
          ? suggestions
          : [...new Set(this.entityNames.filter((n) => usable(n.id)).map((n) => n.id))].slice(0, 6).map((u) => this.displayName(this.entities.get(u) as Entity));
      return { ok: false, failure: failure("unknownName", "wrongKind", input, suggestions.length > 0 ? names : [], { kind: found.type, tryNames: names }) };
    }
    return { ok: false, failure: failure("unknownName", "unknownName", input, suggestions, { what }) };
  }

  /** The longest chip or product vendor's key `key` starts with and has more after, with the vendor's id; undefined when none. */
  private vendorPrefix(key: string): [string, string] | undefined {
    return this.vendorKeys.find(([vendorKey]) => key.length > vendorKey.length && key.startsWith(vendorKey));
  }

  /** Every chip or product vendor's keys (vendorKeysOf), [key, vendor id], the longest first: built on first use. */
  private get vendorKeys(): [string, string][] {
    if (this.vendorKeyList) return this.vendorKeyList;
    const keys = new Map<string, string>();
    for (const e of this.catalog.entities) if (e.vendor !== undefined) for (const k of this.vendorKeysOf(e)) keys.set(k, e.vendor);
    return (this.vendorKeyList = [...keys].sort((a, b) => b[0].length - a[0].length));
  }

  private vendorKeyList: [string, string][] | undefined = undefined;

  /** The metric ids a typed name denotes, whatever their family (ids first, then aliases): no suggestions. Shared: callers never modify it. */
  metricIdsOf(input: string): readonly string[] {
    return this.metricBySpelling.get(input) ?? this.metricByName.get(this.keyOf(input)) ?? NO_METRICS;
  }

  /** Which entities pass `types` and `accept`, by id, as judged so far (see unresolvedEntity). */
  private judgements(types: readonly EntityType[], accept: (e: Entity) => boolean): Map<string, boolean> {
    let byTypes = this.judged.get(accept);
    if (!byTypes) this.judged.set(accept, (byTypes = new WeakMap<readonly EntityType[], Map<string, boolean>>()));
    let verdicts = byTypes.get(types);
    if (!verdicts) byTypes.set(types, (verdicts = new Map<string, boolean>()));
    return verdicts;
  }

  private readonly judged = new WeakMap<(e: Entity) => boolean, WeakMap<readonly EntityType[], Map<string, boolean>>>();

  /** The first of `ids` (the metrics a name denotes, in the order it claims them) that `allowed` accepts. */
  firstMetric(ids: readonly string[], allowed: (m: Metric) => boolean): Metric | undefined {
    for (const id of ids) {
      const metric = this.metrics.get(id);
      if (metric && allowed(metric)) return metric;
    }
    return undefined;
  }

  /**
   * Resolves a metric name among the metrics `allowed` (e.g. those of one chip); suggests close ones.
   * `what` may be given as a function: it is worded only for a failure. `within`, when given, is every
   * metric id `allowed` accepts (an entity's own metrics): suggestions are then sought among their names only.
   */
  resolveMetric(input: string, what: string | (() => string), allowed: (m: Metric) => boolean, within?: readonly string[]): Result<Metric> {
    const found = this.firstMetric(this.metricIdsOf(input), allowed);
    if (found) return ok(found);
    const key = this.keyOf(input);
    let suggestions: string[];
    if (within !== undefined && within.length <= 64) {
      // closestNames over the usable names in catalogue order: NameIndex.closest's definition, on a short list.
      const at: number[] = [];
      for (const id of within) for (const i of this.metricEntriesById.get(id) ?? []) at.push(i);
      at.sort((a, b) => a - b);
      const usable: NameEntry[] = [];
      for (const i of at) if (allowed(this.metrics.get(this.metricNames[i].id) as Metric)) usable.push(this.metricNames[i]);
      suggestions = closestNames(key, usable);
    } else suggestions = this.metricIndex.closest(key, (n) => allowed(this.metrics.get(n.id) as Metric));
    return { ok: false, failure: failure("unknownName", "unknownName", input, suggestions, { what: typeof what === "function" ? what() : what }) };
  }
}

const NO_FACTS: Fact[] = [];
/** The names a formula may type for an entity or a metric, in the order they claim a key. */
const entityNamesOf = (e: Entity) => [e.id, e.zh, e.en, e.ticker, ...e.aliases];
/** Adds a name (none when empty) and its owner to two parallel lists. */
function named(names: string[], owners: string[], name: string | undefined, owner: string): void {
  if (!name) return;
  names.push(name);
  owners.push(owner);
}
/** A ticker's code without its exchange suffix ("CRWV" for "CRWV.O"). */
const tickerForm = (t: string | undefined) => (t && t.includes(".") ? /^([A-Z0-9]{1,6})\.(O|N|OQ|US|HK|SZ|SH|SS|TW|KS|T)$/i.exec(t.trim())?.[1] : undefined);
/** A name without the bracketed note at its end ("Channels" for "Channels (picks)"), of two characters or more. */
export function unnotedForm(n: string | undefined): string | undefined {
  if (!n) return undefined;
  const trimmed = n.trim();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (last !== 0x29 && last !== 0xff09) return undefined;
  const m = /^(.+?)\s*[(（][^()（）]+[)）]$/.exec(trimmed);
  return m && m[1].length >= 2 ? m[1] : undefined;
}
const metricNamesOf = (m: Metric) => [m.id, m.zh, m.en, ...m.aliases];
const NO_METRICS: readonly string[] = [];

/** Whether a lookup key says HBM (lookup keys are lower case, spaces dropped: "hbm", "hbmbandwidth"). */
const keyNamesHbm = (key: string): boolean => key.includes("hbm");
const acceptAll = () => true;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Keys longer than this get no suggestions: no name is half as long (the longest is 64 characters), and
 * comparing a pasted paragraph with every name would cost milliseconds for a suggestion nobody wants.
 */
export const MAX_SUGGESTION_KEY = 128;

/** Up to three names closest to `key` (edit distance on lookup keys; a prefix or substring counts as close), one per entity. */
export function closestNames(key: string, entries: NameEntry[], limit = 3): string[] {
  if (key.length > MAX_SUGGESTION_KEY) return [];
  // A name is close when its score is within `threshold` and below the key's length: its edit distance, or,
  // for a prefix or substring, 1 + a tenth of the length difference. An edit distance is at least the length
  // difference: names further apart are not measured.
  const threshold = Math.max(2, key.length / 3);
  const cap = Math.floor(threshold);
  const substringReach = 10 * (threshold - 1);
  const scored: { score: number; entry: NameEntry; tie: number }[] = [];
  for (const entry of entries) {
    const gap = Math.abs(entry.key.length - key.length);
    let score = gap <= cap ? editDistance(key, entry.key, cap) : Infinity;
    if (key.length >= 2 && gap <= substringReach && (entry.key.length >= key.length ? entry.key.includes(key) : key.includes(entry.key))) score = Math.min(score, 1 + gap / 10);
    // (And below the key's length: a name as far from a two-letter key as two edits has nothing in common with it.)
    if (score <= threshold && score < key.length) scored.push({ score, entry, tie: keyLength(entry.name) });
  }
  // Ties go to the shorter name as its key counts it (no spaces, dashes, underscores, brackets), then to the
  // first listed: of "Maia 100" and "Maia100", "K100_AI" and "K100 AI", the one the catalogue lists first, as the
  // report prints it; "NVQD" before "NVQD (GB300快接头)".
  scored.sort((a, b) => a.score - b.score || a.tie - b.tie);
  // Each thing is ranked by its closest name, and suggested by its closest name in the script typed (Chinese
  // or not), where it has one close enough: "AI ASIC" is told "AI ASIC market", not "AI ASIC市场".
  const chinese = HAS_IDEOGRAPH.test(key);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { entry } of scored) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    const inScript = HAS_IDEOGRAPH.test(entry.name) === chinese ? entry : scored.find((s) => s.entry.id === entry.id && HAS_IDEOGRAPH.test(s.entry.name) === chinese)?.entry;
    out.push((inScript ?? entry).name);
    if (out.length === limit) break;
  }
  return out;
}

/** A CJK unified ideograph: a name (or key) written in Chinese. */
const HAS_IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/**
 * closestNames over a fixed list of names, fast enough for every first call of a misspelling: the same
 * names in the same order as closestNames(key, entries.filter(usable)), but only names that can score
 * within the threshold are scored (and judged usable). A name within edit distance k of the key shares
 * at least max(lengths) - 1 - 2k of its bigrams (each edit breaks at most two); a name containing the key
 * has all of the key's bigrams, and a name the key contains has all of its own in the key. Bigram counts
 * come from an inverted index built on first use.
 */
export class NameIndex {
  private postings: Map<number, Int32Array> | undefined = undefined;
  private byLength: number[][] | undefined = undefined;
  private counts = new Int32Array(0);
  private touched = new Int32Array(0);
  /** The names that may score within the threshold, in a reused buffer (every name at most once). */
  private candidates = new Int32Array(0);
  /** Per name, which of 32 character buckets (code unit mod 32) its key uses: a quick bound before any distance. */
  private masks = new Int32Array(0);
  /** Per name, its key's length: the bounds read typed arrays only, not a name's object and its string (a cache miss each). */
  private lengths = new Int32Array(0);
  /** The key's distinct bigrams, reused (a key has at most MAX_SUGGESTION_KEY). */
  private readonly grams = new Int32Array(MAX_SUGGESTION_KEY);

  constructor(readonly entries: readonly NameEntry[]) {}

  private build(): Map<number, Int32Array> {
    const lists = new Map<number, number[]>();
    const byLength: number[][] = [];
    this.entries.forEach((entry, i) => {
      const k = entry.key;
      (byLength[k.length] ??= []).push(i);
      for (let j = 0; j + 1 < k.length; j++) {
        const g = gram(k, j);
        const list = lists.get(g);
        if (list) list.push(i);
        else lists.set(g, [i]);
      }
    });
    const postings = new Map<number, Int32Array>();
    for (const [g, list] of lists) postings.set(g, Int32Array.from(list));
    this.byLength = byLength;
    this.masks = Int32Array.from(this.entries, (e) => charMask(e.key));
    this.lengths = Int32Array.from(this.entries, (e) => e.key.length);
    this.counts = new Int32Array(this.entries.length);
    this.touched = new Int32Array(this.entries.length);
    this.candidates = new Int32Array(this.entries.length);
    this.postings = postings;
    return postings;
  }

  closest(key: string, usable: (entry: NameEntry) => boolean, limit = 3): string[] {
    if (key.length > MAX_SUGGESTION_KEY) return [];
    const postings = this.postings ?? this.build();
    const byLength = this.byLength as number[][];
    const n = key.length;
    const threshold = Math.max(2, n / 3);
    const cap = Math.floor(threshold);
    const substringReach = n >= 2 ? Math.floor(10 * (threshold - 1)) : -1;
    const counts = this.counts;
    // The names counted, in a reused buffer (every name at most once).
    const touched = this.touched;
    let touchedCount = 0;
    const grams = this.grams;
    let distinct = 0;
    for (let j = 0; j + 1 < n; j++) {
      const g = gram(key, j);
      let seen = false;
      for (let d = 0; d < distinct; d++) if (grams[d] === g) seen = true;
      if (seen) continue;
      grams[distinct++] = g;
      const list = postings.get(g);
      if (list) {
        for (let p = 0; p < list.length; p++) {
          const i = list[p];
          if (counts[i]++ === 0) touched[touchedCount++] = i;
        }
      }
    }
    const candidates = this.candidates;
    let candidateCount = 0;
    // A name is scored only if it could be close: within the edit-distance cap (bigram count, then the
    // character buckets either has and the other lacks, each at least one edit), or containing the key or
    // contained in it (all bigrams shared, and one's buckets a subset of the other's).
    const keyMask = charMask(key);
    const masks = this.masks;
    const lengths = this.lengths;
    const consider = (i: number) => {
      const len = lengths[i];
      const gap = len > n ? len - n : n - len;
      const c = counts[i];
      // The bigram counts first (most names counted share a common bigram or two, no more), the buckets after.
      const nearCount = gap <= cap && c >= (len > n ? len : n) - 1 - 2 * cap;
      const withinCount = gap <= substringReach && (len >= n ? c >= distinct : c >= len - 1);
      if (!nearCount && !withinCount) return;
      const mask = masks[i];
      const onlyName = bitCount(mask & ~keyMask);
      const onlyKey = bitCount(keyMask & ~mask);
      const near = nearCount && onlyName <= cap && onlyKey <= cap;
      const within = withinCount && (len >= n ? onlyKey === 0 : onlyName === 0);
      if (near || within) candidates[candidateCount++] = i;
    };
    for (let t = 0; t < touchedCount; t++) consider(touched[t]);
    // Names sharing no bigram with the key pass only where a bound allows zero: short names within the
    // distance cap of a short key, and names of one character or none (contained in any key).
    const zeroFrom = Math.max(2, n - cap);
    const zeroTo = n <= 2 * cap + 1 ? Math.min(n + cap, 2 * cap + 1) : -1;
    for (let len = 0; len <= Math.max(1, zeroTo); len++) {
      if (len >= 2 && len < zeroFrom) continue;
      for (const i of byLength[len] ?? []) if (counts[i] === 0) consider(i);
    }
    for (let t = 0; t < touchedCount; t++) counts[touched[t]] = 0;
    // In catalogue order (a typed array sorts numerically, natively).
    const chosen: NameEntry[] = [];
    for (const i of candidates.subarray(0, candidateCount).sort()) if (usable(this.entries[i])) chosen.push(this.entries[i]);
    return closestNames(key, chosen, limit);
  }
}

/** Which of 32 buckets (code unit mod 32) the characters of `k` fall in, as bits. */
function charMask(k: string): number {
  let mask = 0;
  for (let i = 0; i < k.length; i++) mask |= 1 << (k.charCodeAt(i) & 31);
  return mask;
}

/** The number of bits set in a 32-bit integer. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** A bigram as a small integer (a Smi, never a heap number): two bigrams may share one, which only loosens the bounds. */
const gram = (k: string, j: number) => ((k.charCodeAt(j) << 15) ^ k.charCodeAt(j + 1)) & 0x3fffffff;

/**
 * Levenshtein distance: exact when it is at most `cap`, otherwise some number above `cap` (the caller
 * only asks "within cap?"). Where the shorter string has at most 32 code units (every catalogue name
 * and nearly every typed one), Myers' bit-parallel algorithm (Hyyrö's form for the whole-string
 * distance): one pass over the longer string, a column of the table in two 32-bit words, instead of a
 * cell at a time. Longer strings take the row-by-row table, which gives up once a row exceeds `cap`.
 */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const p = a.length <= b.length ? a : b;
  const t = p === a ? b : a;
  const m = p.length;
  if (m === 0) return t.length;
  if (m > 32) return tableDistance(a, b, cap);
  // Which positions of the pattern hold each code unit (Peq), set for the pattern's units and cleared after.
  const peq = (patternBits ??= new Int32Array(65536));
  for (let i = 0; i < m; i++) peq[p.charCodeAt(i)] |= 1 << i;
  const last = 1 << (m - 1);
  let pv = m === 32 ? -1 : (1 << m) - 1;
  let mv = 0;
  let score = m;
  for (let j = 0; j < t.length; j++) {
    const eq = peq[t.charCodeAt(j)];
    const xv = eq | mv;
    // (eq & pv) + pv may carry past 32 bits: the XOR keeps the low 32, as the algorithm's word does.
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    // The table's top row counts up (D[0][j] = j): a horizontal +1 enters at the bottom.
    ph = (ph << 1) | 1;
    mh = mh << 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let i = 0; i < m; i++) peq[p.charCodeAt(i)] = 0;
  return score;
}

/** editDistance's Peq table, by code unit: all zero between calls. */
let patternBits: Int32Array | undefined;

/** Levenshtein distance by rows, giving up (returning `cap`+1) once a row exceeds `cap`. Two reused rows: no allocation per call. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

function tableDistance(a: string, b: string, cap: number): number {
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2 + 1);
    rowB = new Int32Array(b.length * 2 + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
