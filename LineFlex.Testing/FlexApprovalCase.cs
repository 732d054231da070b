using System.Reflection;

namespace LineFlex.Testing;

/// <summary>
/// One variant of one template against its committed approval: a test case. <see cref="All(Assembly, string)"/>
/// lists every variant of every template of an assembly, for a <c>TestCaseSource</c>, so a template's drift from
/// what LINE approved fails in CI:
/// <code>
/// private static IEnumerable&lt;FlexApprovalCase&gt; Approvals() =&gt; FlexApprovalCase.All(typeof(OrderShipped).Assembly, "approvals");
///
/// [TestCaseSource(nameof(Approvals))]
/// public void Each_template_keeps_to_its_approval(FlexApprovalCase c) =&gt; c.Verify();
/// </code>
/// </summary>
/// <param name="Template">The template.</param>
/// <param name="Variant">The name of one of its variants (<c>th</c>).</param>
/// <param name="ApprovalsDirectory">The folder of committed approvals, <c>&lt;template&gt;/&lt;variant&gt;.approved.json</c>.</param>
/// <remarks>See docs/testing.md and docs/approval.md.</remarks>
public sealed record FlexApprovalCase(IFlexTemplate Template, string Variant, string ApprovalsDirectory)
{
    /// <summary>Every variant of every template of <paramref name="assembly"/>.</summary>
    public static IEnumerable<FlexApprovalCase> All(Assembly assembly, string approvalsDirectory) =>
        All(FlexTemplateRegistry.FromAssembly(assembly), approvalsDirectory);

    /// <summary>Every variant of every template of <paramref name="registry"/>.</summary>
    public static IEnumerable<FlexApprovalCase> All(FlexTemplateRegistry registry, string approvalsDirectory)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(approvalsDirectory);
        return registry.Templates.SelectMany(t => t.SampleNames.Select(t.SampleVariant).Distinct(StringComparer.Ordinal).Select(v => new FlexApprovalCase(t, v, approvalsDirectory)));
    }

    /// <summary>The committed approval file of this variant.</summary>
    public string ApprovalPath => Path.Combine(ApprovalsDirectory, Template.Name, Variant + ApprovedShape.FileExtension);

    /// <summary>
    /// Passes when the template's current shape keeps every fixed part of the committed approval (slot values and
    /// model property names may change); the shape is returned.
    /// </summary>
    /// <exception cref="FlexApprovalDriftException">
    /// There is no approval (the message gives the one command that writes it), or a fixed part changed (the message
    /// lists each by wire path: the template needs re-approval).
    /// </exception>
    public ApprovedShape Verify()
    {
        var current = ApprovedShape.Of(Template).Single(s => s.Variant == Variant);
        var write = $"lineflex approval {Template.GetType().Assembly.Location} -o {ApprovalsDirectory}";
        if (!File.Exists(ApprovalPath))
        {
            throw new FlexApprovalDriftException(
                $"{this} has no approval at {ApprovalPath}. Write it and its review package with `{write}`, have LINE approve the template, and commit the file.",
                []);
        }

        var approved = ApprovedShape.Parse(File.ReadAllText(ApprovalPath), ApprovalPath);
        var differences = approved.FixedDifferences(current);
        if (differences.Count > 0)
        {
            throw new FlexApprovalDriftException(
                $"{this} changed fixed parts LINE approved ({approved.Hash} is now {current.Hash}); it needs re-approval:\n"
                + string.Join("\n", differences.Select(d => "  " + d))
                + $"\nIf the change is meant, write the new shape with `{write}`, have LINE approve it, and commit it; else undo the change.",
                differences);
        }

        return current;
    }

    /// <summary>The case as a test runner shows it: <c>order-shipped/th</c>.</summary>
    public override string ToString() => Template.Name + "/" + Variant;
}
