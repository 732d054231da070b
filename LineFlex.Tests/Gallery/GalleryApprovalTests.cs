using LineFlex.Gallery;
using LineFlex.Testing;

namespace LineFlex.Tests.Gallery;

/// <summary>The gallery's templates keep to their committed approvals (samples/LineFlex.Gallery/approvals).</summary>
public class GalleryApprovalTests
{
    private static IEnumerable<FlexApprovalCase> Approvals() =>
        FlexApprovalCase.All(typeof(Brand).Assembly, Path.Combine(TestData.RepositoryRoot(), "samples", "LineFlex.Gallery", "approvals"));

    [TestCaseSource(nameof(Approvals))]
    public void Each_template_variant_keeps_to_its_approval(FlexApprovalCase approval) => approval.Verify();

    [Test]
    public void Every_gallery_template_has_an_approval_of_each_language()
    {
        var variants = Approvals().Select(a => a.ToString()).ToList();

        Assert.That(variants, Has.Count.EqualTo(30));
        Assert.That(variants, Does.Contain("shipment-tracking/th").And.Contain("order-confirmation/en"));
    }
}
