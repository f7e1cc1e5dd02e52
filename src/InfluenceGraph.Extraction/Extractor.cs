using InfluenceGraph.Core;
using InfluenceGraph.Extraction.Readers;

namespace InfluenceGraph.Extraction;

/// <summary>
/// The rule-based extractor. Pure and thread-safe: one instance serves every ingest worker.
/// </summary>
public sealed class Extractor : IExtractor
{
    public ExtractionResult Extract(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var facts = new FactCollector(document);
        if (document.Kind == DocumentKind.Email) EmailRules.Apply(facts);
        return facts.ToResult();
    }
}
