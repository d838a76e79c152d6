<#ftl output_format="Markdown" strip_whitespace=true>
<#-- The Markdown report: the HTML report's content, every value escaped by the Markdown output format. -->
# ${territory}

${t["report.title"]}<#if anonymized> — **${t["report.anonymized"]}**</#if>

${subtitle}

<#list facts as f>
- **${f.value}** ${f.label}
</#list>
<#if network??>

${network}
</#if>
<#if estimation??>

${estimation}
</#if>

*${t["report.md-drawings"]}*

## ${t["report.opportunity"]}

<#if opportunity??>
**${opportunity.verdict}**

<#list opportunity.paragraphs as p>
${p}

</#list>
<#if opportunity.netGain??>
- **${t["report.net-gain"]}** ${opportunity.netGain}
</#if>
<#if opportunity.cost??>
- **${t["report.approach-cost"]}** ${opportunity.cost}
</#if>
<#if opportunity.topActions?has_content>

### ${t["report.top-actions"]}

<#list opportunity.topActions as a>
${a?counter}. ${a}
</#list>
</#if>
<#if opportunity.volunteers?has_content>

### ${t["report.volunteers"]}

${opportunity.volunteers?join(", ")}
</#if>
<#if opportunity.nextSteps?has_content>

### ${t["report.next-steps"]}

<#list opportunity.nextSteps as s>
${s?counter}. ${s}
</#list>
</#if>
<#else>
*${t["report.missing-opportunity"]}*
</#if>

<#if changes??>
## ${changes.title}

${changes.counts}

<#list changes.facts as f>
- **${f.value}** ${f.label}
</#list>

*${changes.intro}*

<#macro changeList title lines>
### ${title} (${lines?size})

<#if lines?has_content>
<#list lines as l>
- ${l}
</#list>
<#else>
*${t["report.changes-none"]}*
</#if>

</#macro>
<@changeList t["report.changes-added-title"] changes.added/>
<@changeList t["report.changes-changed-title"] changes.changed/>
<@changeList t["report.changes-dropped-title"] changes.dropped/>
<#if changes.gains?has_content>
### ${t["report.changes-gains"]}

| ${t["report.gain"]} | ${t["report.unit"]} | ${changes.before} · ${t["report.low"]} | ${t["report.central"]} | ${t["report.high"]} | ${changes.after} · ${t["report.low"]} | ${t["report.central"]} | ${t["report.high"]} | ${t["report.changes-change"]} · ${t["report.low"]} | ${t["report.central"]} | ${t["report.high"]} |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
<#list changes.gains as g>
| ${g.label} | ${g.unit} | ${g.before[0]} | ${g.before[1]} | ${g.before[2]} | ${g.after[0]} | **${g.after[1]}** | ${g.after[2]} | ${g.change[0]} | **${g.change[1]}** | ${g.change[2]} |
</#list>

</#if>
<#macro itemList title items>
### ${title} (${items?size})

<#if items?has_content>
<#list items as i>
- *${i.label}* ${i.text}<#if i.was??> (${t["report.changes-was"]} ${i.was})</#if>
</#list>
<#else>
*${t["report.changes-none"]}*
</#if>

</#macro>
<@itemList t["report.changes-afom"] changes.afom/>
<@itemList t["report.changes-actions"] changes.actions/>
</#if>
## ${t["report.afom"]}

<#if afom.present>
<#list afom.quadrants as q>
### ${q.label}

<#if q.items?has_content>
<#list q.items as i>
- ${i.statement}<#if i.evidence?has_content> (${i.evidence})</#if>
</#list>
<#else>
*${t["report.afom-empty"]}*
</#if>

</#list>
<#else>
*${t["report.missing-afom"]}*
</#if>
<#if indicators?has_content>

### ${t["report.indicators"]}

| ${t["report.indicator"]} | ${t["report.value"]} | ${t["report.basis"]} |
|---|---:|---|
<#list indicators as i>
| ${i.label} | ${i.value} | ${i.basis} |
</#list>
</#if>

## ${t["report.gains"]}

<#if gains.families?has_content>
${t["report.gains-intro"]}

<#list gains.families as fam>
### ${fam.label}

| ${t["report.gain"]} | ${t["report.low"]} | ${t["report.central"]} | ${t["report.high"]} | ${t["report.unit"]} |
|---|---:|---:|---:|---|
<#list fam.rows as r>
| ${r.label} | ${r.low} | **${r.central}** | ${r.high} | ${r.unit} |
</#list>

</#list>
<#if (gains.partial > 0)>
${t["report.gains-partial"]?replace("{0}", gains.partial?c)}

</#if>
<#if (gains.uneconomic > 0)>
${t["report.gains-uneconomic"]?replace("{0}", gains.uneconomic?c)}

</#if>
<#else>
*${t["report.missing-gains"]}*

</#if>
<#if gains.approach??>
### ${t["report.approach-cost"]}

- ${t["report.study"]} : ${gains.approach.study} (${gains.approach.studyDetail})
- ${t["report.facilitation"]} : ${gains.approach.facilitation} (${gains.approach.facilitationDetail})
- **${t["report.total"]}** : ${gains.approach.total}
</#if>

## ${t["report.actions"]}

<#if actions?has_content>
| ${t["report.priority"]} | ${t["report.action"]} | ${t["report.type"]} | ${t["report.horizon"]} | ${t["report.lead"]} | ${t["report.expected-gain"]} | ${t["report.follow-up"]} |
|---:|---|---|---|---|---:|---|
<#list actions as a>
| ${a.priority} | **${a.title}**<#if a.description??> ${a.description}</#if><#if a.partners?has_content> (${t["report.with"]} ${a.partners})</#if> | ${a.type} | ${a.horizon} | ${a.lead} | ${a.gain} | ${a.indicator!""} |
</#list>
<#if timeline??>

### ${t["report.timeline"]}

<#list timeline.bands as b>
- **${b.label}** : <#list timeline.bars?filter(x -> x.horizon == b.id) as x>${x.title}<#sep> ; </#sep><#else>—</#list>
</#list>
</#if>
<#else>
*${t["report.missing-actions"]}*
</#if>

## ${t["report.governance"]}

<#if governance??>
**${governance.form}** — ${governance.recommendation}

<#list governance.reasons as r>
- ${r}
</#list>
<#else>
*${t["report.missing-governance"]}*
</#if>

## ${t["report.synergies"]}

<#macro synergyBlock s>
### ${s.id} · ${s.kindLabel} · ${s.resource}

${s.partners} · ${s.quantity} · ${s.distance} · ${t["report.net"]} ${s.net}<#if s.uneconomic> (${t["report.uneconomic"]})</#if><#if s.existing> (${t["report.existing"]})</#if><#if s.onEstimates> (${t["report.on-estimates"]})</#if>

${s.explanation}

- ${t["report.quantity-basis"]} : `${s.basis!"—"}`
<#if s.allocation??>
- ${t["report.allocation-label"]} : ${s.allocation}
</#if>
<#if s.reach??>
- ${t["report.reach"]} : ${s.reach}
</#if>
<#list s.conditions as c>
- ${t["report.conditions"]} : ${c}
</#list>
<#if s.preparation??>
- ${t["report.preparation"]} : ${s.preparation}
</#if>
- ${t["report.chertow-confidence"]} : ${s.chertow} · ${s.confidence}
- ${t["report.rules"]} : ${s.rules}
<#if s.source??>
- ${t["report.source"]} : ${s.source}
</#if>
<#if s.gains?has_content>

| ${t["report.gain"]} | ${t["report.central"]} | ${t["report.low"]} – ${t["report.high"]} | ${t["report.formula"]} |
|---|---:|---:|---|
<#list s.gains as g>
| ${g.label} | ${g.central} ${g.unit} | ${g.low} – ${g.high} | ${g.formula} |
</#list>
</#if>
<#list s.notes as note>

${note}
</#list>

</#macro>
<#if synergies?has_content>
${t["report.synergies-intro"]}

<#if synergiesShown??>
${synergiesShown}

</#if>
<#list synergies as s><@synergyBlock s/></#list>
<#else>
*${t["report.no-synergy"]}*

</#if>
<#if internal?has_content>
## ${t["report.internal"]}

<#if internalShown??>
${internalShown}

</#if>
<#list internal as s><@synergyBlock s/></#list>
</#if>
${t["report.not-retained"]?replace("{0}", alternatives?c)?replace("{1}", refused?c)}

## ${t["report.to-classify"]}

<#if toClassify?has_content>
${t["report.to-classify-intro"]}

| ${t["report.flow"]} | ${t["report.actor"]} | ${t["report.direction"]} | ${t["report.words"]} | ${t["report.closest"]} |
|---|---|---|---|---|
<#list toClassify as f>
| ${f.id} | ${f.actor} | ${f.direction} | « ${f.text} » | ${f.candidates} |
</#list>
<#else>
*${t["report.none-to-classify"]}*
</#if>
<#if readFromWords?has_content>

### ${t["report.read-from-words"]}

| ${t["report.flow"]} | ${t["report.actor"]} | ${t["report.words"]} | ${t["report.read-as"]} | ${t["report.score"]} |
|---|---|---|---|---:|
<#list readFromWords as f>
| ${f.id} | ${f.actor} | « ${f.text} » | ${f.resource} | ${f.score} |
</#list>
</#if>

## ${t["report.partners"]}

<#if partners?? && partners?has_content>
| ${t["report.partner"]} | ${t["report.role"]} | ${t["report.why"]} | ${t["report.for-synergies"]} |
|---|---|---|---|
<#list partners as p>
| **${p.name}** | ${p.role} | ${p.why} | ${p.synergies} |
</#list>
<#else>
*${t["report.missing-partners"]}*
</#if>
<#if warnings?has_content>

### ${t["report.warnings"]}

<#list warnings as w>
- ${w}
</#list>
</#if>

---

${t["report.footer"]} ${rulePacks}.
