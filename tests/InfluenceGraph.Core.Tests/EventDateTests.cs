using InfluenceGraph.Core;

namespace InfluenceGraph.Core.Tests;

public class EventDateTests
{
    [Fact]
    public void Each_precision_prints_as_iso_8601_at_that_precision()
    {
        Assert.Equal("2018-06-12", EventDate.OnDay(new DateOnly(2018, 6, 12), "June 12").ToIso());
        Assert.Equal("2018-06", EventDate.InMonth(2018, 6, "in June").ToIso());
        Assert.Equal("2018", EventDate.InYear(2018, "in 2018").ToIso());
        Assert.Equal("2018-06-11/2018-06-13", EventDate.Between(new DateOnly(2018, 6, 11), new DateOnly(2018, 6, 13), "June 11-13").ToIso());
    }

    [Fact]
    public void A_month_precise_date_falls_in_any_window_that_touches_the_month()
    {
        var june = EventDate.InMonth(2018, 6, "in June");
        Assert.Equal(new DateOnly(2018, 6, 30), june.End);
        Assert.True(june.Overlaps(new DateOnly(2018, 6, 30), new DateOnly(2018, 7, 15)));
        Assert.False(june.Overlaps(new DateOnly(2018, 7, 1), new DateOnly(2018, 7, 15)));
    }
}
