using System.Globalization;
using InfluenceGraph.Core;

namespace InfluenceGraph.Api.Endpoints;

/// <summary>Checks of query parameters, each failing with a 400 that names the parameter and says what it takes.</summary>
internal static class Parameters
{
    public const int MaxLimit = 200;

    public static (int Limit, int Offset) Paging(int? limit, int? offset, int defaultLimit = 50)
    {
        var l = limit ?? defaultLimit;
        var o = offset ?? 0;
        if (l is < 1 or > MaxLimit) throw ApiProblemException.BadParameter("limit", $"limit must be between 1 and {MaxLimit}; it was {l}.");
        if (o < 0) throw ApiProblemException.BadParameter("offset", $"offset must be 0 or more; it was {o}.");
        return (l, o);
    }

    public static int Range(string name, int? value, int defaultValue, int min, int max)
    {
        var v = value ?? defaultValue;
        if (v < min || v > max) throw ApiProblemException.BadParameter(name, $"{name} must be between {min} and {max}; it was {v}.");
        return v;
    }

    public static DateOnly? Date(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        throw ApiProblemException.BadParameter(name, $"{name} must be a date written YYYY-MM-DD; '{value}' is not.");
    }

    public static (DateOnly? From, DateOnly? To) Window(string? from, string? to)
    {
        var (f, t) = (Date("from", from), Date("to", to));
        if (f > t) throw ApiProblemException.BadParameter("from", $"from ({f:yyyy-MM-dd}) is after to ({t:yyyy-MM-dd}).");
        return (f, t);
    }

    public static TEnum? Enum<TEnum>(string name, string? value) where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (System.Enum.TryParse<TEnum>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)) return parsed;
        throw ApiProblemException.BadParameter(name, $"{name} must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}; '{value}' is not.");
    }

    /// <summary>Which facts by their review: everything not rejected unless asked for confirmed only or all.</summary>
    public static ReviewFilter Review(string? value) => Enum<ReviewFilter>("review", value) ?? ReviewFilter.NotRejected;

    /// <summary>An entity named by its id or by a name or alias: the id if it is one, else the best match for the name.</summary>
    public static async Task<string> EntityAsync(IGraphStore store, string name, string? value, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value)) throw ApiProblemException.BadParameter(name, $"{name} is required: an entity id (agency:…) or a name.");
        if (Ids.KindOf(value) == NodeKind.Entity && (await store.GetEntityNamesAsync([value], cancellationToken)).Count == 1) return value;
        var hits = await store.SearchEntitiesAsync(new EntitySearch(value, Limit: 1), cancellationToken);
        return hits.Items.Count == 1 ? hits.Items[0].Id : throw new ApiProblemException(StatusCodes.Status404NotFound, "Entity not found", $"{name}: no entity has the id or name '{value}'.", name);
    }
}
