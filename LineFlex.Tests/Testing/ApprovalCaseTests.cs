using LineFlex.Testing;
using LineFlex.Tests.Approval;

namespace LineFlex.Tests.Testing;

/// <summary>FlexApprovalCase: a template's current shape against its committed approval.</summary>
public class ApprovalCaseTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("lineflex-approvals-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    private void Approve(IFlexTemplate template)
    {
        foreach (var shape in ApprovedShape.Of(template))
        {
            var path = Path.Combine(_folder.FullName, shape.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, shape.ToJson());
        }
    }

    [Test]
    public void A_template_whose_slot_values_and_code_changed_but_not_its_fixed_parts_passes()
    {
        Approve(new ApprovalHashTests.InlineNotice());

        var shape = new FlexApprovalCase(new ApprovalHashTests.ExtractedNotice(), "default", _folder.FullName).Verify();

        Assert.That(shape.Template, Is.EqualTo("notice"));
    }

    [Test]
    public void A_changed_fixed_text_fails_with_its_path_and_needs_re_approval()
    {
        Approve(new ApprovalHashTests.InlineNotice());

        var drift = Assert.Throws<FlexApprovalDriftException>(() => new FlexApprovalCase(new ApprovalHashTests.RewordedNotice(), "default", _folder.FullName).Verify());

        Assert.That(drift!.Message, Does.StartWith("notice/default changed fixed parts LINE approved").And.Contain("needs re-approval")
            .And.Contain("content.contents.body.contents[0].text: \"Registration completed\" was \"Registration complete\". [LFA01]"));
        Assert.That(drift.Differences.Select(d => d.Path), Is.EqualTo(new[] { "content.contents.body.contents[0].text" }));
    }

    [Test]
    public void A_template_without_an_approval_fails_with_the_command_that_writes_it()
    {
        var cases = FlexApprovalCase.All(new FlexTemplateRegistry([new ApprovalHashTests.InlineNotice()]), _folder.FullName).ToList();

        var missing = Assert.Throws<FlexApprovalDriftException>(() => cases.Single().Verify());

        Assert.That(missing!.Message, Does.StartWith($"notice/default has no approval at {Path.Combine(_folder.FullName, "notice", "default.approved.json")}.")
            .And.Contain($"`lineflex approval {typeof(ApprovalHashTests).Assembly.Location} -o {_folder.FullName}`"));
    }
}
