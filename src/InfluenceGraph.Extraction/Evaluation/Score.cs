namespace InfluenceGraph.Extraction.Evaluation;

/// <summary>Counts of matches, with precision, recall and F1 computed from them.</summary>
public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static readonly Score Zero = new(0, 0, 0);

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}

/// <summary>How many of the entities one rule produced were in the gold, and how many were not.</summary>
public sealed record RuleScore(int Right, int Wrong)
{
    public static readonly RuleScore Zero = new(0, 0);

    public static RuleScore operator +(RuleScore a, RuleScore b) => new(a.Right + b.Right, a.Wrong + b.Wrong);
}
