using InfluenceGraph.Core;

namespace InfluenceGraph.Core.Tests;

public class IdsTests
{
    [Theory]
    [InlineData(EntityKind.Agency, "U.S. Immigration and Customs Enforcement", "agency:us-immigration-and-customs-enforcement")]
    [InlineData(EntityKind.Person, "Alonzo Peña", "person:alonzo-pena")]
    [InlineData(EntityKind.Company, "McKinsey & Company", "company:mckinsey-and-company")]
    [InlineData(EntityKind.Organization, "Women's March", "organization:womens-march")]
    [InlineData(EntityKind.Company, "Amazon Web Services, Inc.", "company:amazon-web-services-inc")]
    public void Entity_ids_are_readable_slugs_of_the_name(EntityKind kind, string name, string expected) =>
        Assert.Equal(expected, Ids.ForEntity(kind, name));

    [Fact]
    public void Event_ids_do_not_depend_on_the_order_participants_were_found_in()
    {
        var date = EventDate.OnDay(new DateOnly(2018, 6, 12), "June 12");
        var a = Ids.ForEvent(EventKind.Meeting, date, ["company:amazon-web-services", "agency:ice"]);
        var b = Ids.ForEvent(EventKind.Meeting, date, ["agency:ice", "company:amazon-web-services", "agency:ice"]);
        Assert.Equal(a, b);
        Assert.Equal("meeting:2018-06-12-amazon-web-services-ice", a);
    }

    [Fact]
    public void Very_long_names_give_bounded_ids_that_still_differ()
    {
        var a = Ids.ForEntity(EntityKind.Organization, string.Concat(Enumerable.Repeat("Committee on Very Long Names ", 10)) + "A");
        var b = Ids.ForEntity(EntityKind.Organization, string.Concat(Enumerable.Repeat("Committee on Very Long Names ", 10)) + "B");
        Assert.True(a.Length <= 100, a);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Emails_are_named_by_message_id_so_a_reply_can_point_at_its_parent()
    {
        Assert.Equal("email:cab123-mail-example-com", Ids.ForEmail("CAB123@mail.example.com", new string('a', 64)));
        Assert.Equal("email:" + new string('b', 16), Ids.ForEmail(null, new string('b', 64)));
    }

    [Theory]
    [InlineData("agency:ice", NodeKind.Entity)]
    [InlineData("meeting-request:2018-06-12-x", NodeKind.Event)]
    [InlineData("email:abc", NodeKind.Document)]
    [InlineData("nonsense", NodeKind.Unknown)]
    public void The_kind_of_node_is_read_from_the_id(string id, NodeKind expected) => Assert.Equal(expected, Ids.KindOf(id));
}
