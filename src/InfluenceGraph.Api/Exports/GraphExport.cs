using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using InfluenceGraph.Core;

namespace InfluenceGraph.Api.Exports;

/// <summary>A subgraph written in the formats visualisation tools and investigators already read.</summary>
public static class GraphExport
{
    public static readonly IReadOnlyDictionary<string, (string ContentType, string Extension)> Formats = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase)
    {
        ["cytoscape"] = ("application/json", "cyjs"),
        ["node-link"] = ("application/json", "json"),
        ["graphml"] = ("application/graphml+xml", "graphml"),
        ["gexf"] = ("application/gexf+xml", "gexf"),
        ["ftm"] = ("application/x-ndjson", "ftm.json"),
        ["csv-nodes"] = ("text/csv", "nodes.csv"),
        ["csv-edges"] = ("text/csv", "edges.csv"),
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(string format, Subgraph graph) => format.ToLowerInvariant() switch
    {
        "cytoscape" => Cytoscape(graph),
        "node-link" => NodeLink(graph),
        "graphml" => GraphMl(graph),
        "gexf" => Gexf(graph),
        "ftm" => FollowTheMoney(graph),
        "csv-nodes" => CsvNodes(graph),
        "csv-edges" => CsvEdges(graph),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
    };

    /// <summary>Cytoscape.js elements: <c>{"elements":{"nodes":[{"data":…}],"edges":[{"data":…}]}}</c>.</summary>
    private static string Cytoscape(Subgraph graph) => JsonSerializer.Serialize(new
    {
        elements = new
        {
            nodes = graph.Nodes.Select(n => new { data = new { id = n.Id, label = n.Label, type = n.Type, group = n.Kind.ToString() } }),
            edges = graph.Edges.Select(e => new { data = new { id = e.Id, source = e.SourceId, target = e.TargetId, type = e.Type, label = e.Detail ?? e.Type } }),
        },
    }, Json);

    /// <summary>The node-link shape of D3 and networkx: <c>{"nodes":[…],"links":[…]}</c>.</summary>
    private static string NodeLink(Subgraph graph) => JsonSerializer.Serialize(new
    {
        directed = true,
        nodes = graph.Nodes.Select(n => new { id = n.Id, label = n.Label, type = n.Type, group = n.Kind.ToString() }),
        links = graph.Edges.Select(e => new { id = e.Id, source = e.SourceId, target = e.TargetId, type = e.Type, detail = e.Detail }),
    }, Json);

    private static string GraphMl(Subgraph graph) => Xml(w =>
    {
        const string ns = "http://graphml.graphdrawing.org/xmlns";
        w.WriteStartElement("graphml", ns);
        Key(w, "label", "node", "label");
        Key(w, "type", "node", "type");
        Key(w, "etype", "edge", "type");
        Key(w, "detail", "edge", "detail");
        w.WriteStartElement("graph", ns);
        w.WriteAttributeString("id", "influencegraph");
        w.WriteAttributeString("edgedefault", "directed");
        foreach (var n in graph.Nodes)
        {
            w.WriteStartElement("node", ns);
            w.WriteAttributeString("id", n.Id);
            Data(w, ns, "label", n.Label);
            Data(w, ns, "type", n.Type);
            w.WriteEndElement();
        }
        foreach (var e in graph.Edges)
        {
            w.WriteStartElement("edge", ns);
            w.WriteAttributeString("id", e.Id);
            w.WriteAttributeString("source", e.SourceId);
            w.WriteAttributeString("target", e.TargetId);
            Data(w, ns, "etype", e.Type);
            if (e.Detail is not null) Data(w, ns, "detail", e.Detail);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();

        static void Key(XmlWriter w, string id, string target, string name)
        {
            w.WriteStartElement("key", ns);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("for", target);
            w.WriteAttributeString("attr.name", name);
            w.WriteAttributeString("attr.type", "string");
            w.WriteEndElement();
        }
    });

    /// <summary>GEXF 1.3 for Gephi, with the kind of each node and edge as attributes.</summary>
    private static string Gexf(Subgraph graph) => Xml(w =>
    {
        const string ns = "http://gexf.net/1.3";
        w.WriteStartElement("gexf", ns);
        w.WriteAttributeString("version", "1.3");
        w.WriteStartElement("graph", ns);
        w.WriteAttributeString("defaultedgetype", "directed");
        w.WriteStartElement("attributes", ns);
        w.WriteAttributeString("class", "node");
        w.WriteStartElement("attribute", ns);
        w.WriteAttributeString("id", "type");
        w.WriteAttributeString("title", "type");
        w.WriteAttributeString("type", "string");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("nodes", ns);
        foreach (var n in graph.Nodes)
        {
            w.WriteStartElement("node", ns);
            w.WriteAttributeString("id", n.Id);
            w.WriteAttributeString("label", n.Label);
            w.WriteStartElement("attvalues", ns);
            w.WriteStartElement("attvalue", ns);
            w.WriteAttributeString("for", "type");
            w.WriteAttributeString("value", n.Type);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("edges", ns);
        foreach (var e in graph.Edges)
        {
            w.WriteStartElement("edge", ns);
            w.WriteAttributeString("id", e.Id);
            w.WriteAttributeString("source", e.SourceId);
            w.WriteAttributeString("target", e.TargetId);
            w.WriteAttributeString("label", e.Detail is null ? e.Type : $"{e.Type}: {e.Detail}");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    });

    /// <summary>
    /// FollowTheMoney entities, one JSON object a line, as Aleph and OpenSanctions tools read them:
    /// Person, PublicBody, Company, Organization, Event (with its involved parties), Employment,
    /// Membership, Ownership, and UnknownLink for what FtM has no schema for (follow-ups, offers).
    /// Products have no FtM schema and are written as links only.
    /// </summary>
    private static string FollowTheMoney(Subgraph graph)
    {
        var sb = new StringBuilder();
        var nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        void Line(string id, string schema, Dictionary<string, string[]> properties) =>
            sb.Append(JsonSerializer.Serialize(new { id, schema, properties }, Json)).Append('\n');
        foreach (var n in graph.Nodes)
        {
            switch (n.Type)
            {
                case "person": Line(n.Id, "Person", new() { ["name"] = [n.Label] }); break;
                case "agency": Line(n.Id, "PublicBody", new() { ["name"] = [n.Label] }); break;
                case "company": Line(n.Id, "Company", new() { ["name"] = [n.Label] }); break;
                case "organization": Line(n.Id, "Organization", new() { ["name"] = [n.Label] }); break;
                case "product": break;
                default:
                    var involved = graph.Edges.Where(e => e.Type == "participated-in" && e.TargetId == n.Id && nodes.TryGetValue(e.SourceId, out var s) && s.Type != "product").Select(e => e.SourceId).Distinct().ToArray();
                    Line(n.Id, "Event", new() { ["name"] = [n.Label], ["summary"] = [n.Type], ["involved"] = involved });
                    break;
            }
        }
        foreach (var e in graph.Edges.Where(e => e.Type != "participated-in"))
        {
            var sourceType = nodes.GetValueOrDefault(e.SourceId)?.Type;
            switch (e.Type)
            {
                case "works-for":
                    Line(e.Id, "Employment", new() { ["employee"] = [e.SourceId], ["employer"] = [e.TargetId], ["role"] = e.Detail is null ? [] : [e.Detail] });
                    break;
                case "part-of" when sourceType == "company":
                    Line(e.Id, "Ownership", new() { ["owner"] = [e.TargetId], ["asset"] = [e.SourceId] });
                    break;
                case "part-of":
                    Line(e.Id, "Membership", new() { ["member"] = [e.SourceId], ["organization"] = [e.TargetId] });
                    break;
                default:
                    Line(e.Id, "UnknownLink", new() { ["subject"] = [e.SourceId], ["object"] = [e.TargetId], ["role"] = [e.Type] });
                    break;
            }
        }
        return sb.ToString();
    }

    private static string CsvNodes(Subgraph graph)
    {
        var sb = new StringBuilder("id,label,type,group\n");
        foreach (var n in graph.Nodes) sb.AppendJoin(',', Csv(n.Id), Csv(n.Label), Csv(n.Type), Csv(n.Kind.ToString())).Append('\n');
        return sb.ToString();
    }

    private static string CsvEdges(Subgraph graph)
    {
        var sb = new StringBuilder("id,source,target,type,detail\n");
        foreach (var e in graph.Edges) sb.AppendJoin(',', Csv(e.Id), Csv(e.SourceId), Csv(e.TargetId), Csv(e.Type), Csv(e.Detail ?? "")).Append('\n');
        return sb.ToString();
    }

    /// <summary>RFC 4180 quoting; a leading formula character is escaped so a spreadsheet shows text, not a formula.</summary>
    private static string Csv(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Xml(Action<XmlWriter> write)
    {
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            write(w);
        }
        return sb.ToString();
    }

    private static void Data(XmlWriter w, string ns, string key, string value)
    {
        w.WriteStartElement("data", ns);
        w.WriteAttributeString("key", key);
        w.WriteString(value);
        w.WriteEndElement();
    }
}
