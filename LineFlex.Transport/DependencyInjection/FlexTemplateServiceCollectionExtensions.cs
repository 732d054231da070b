using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace LineFlex;

/// <summary>Registers an app's message templates with dependency injection.</summary>
/// <remarks>See docs/templates.md, section "Registering templates".</remarks>
public static class FlexTemplateServiceCollectionExtensions
{
    /// <summary>
    /// Registers the templates of <paramref name="assemblies"/> (found as <see cref="FlexTemplateRegistry.FromAssembly"/>
    /// finds them): one <see cref="FlexTemplateRegistry"/> holding all of them, each template as a singleton of its
    /// own type, and each as an <see cref="IFlexTemplate"/>. Call it once, with every assembly that holds templates.
    /// </summary>
    /// <exception cref="ArgumentException">No assembly is given, a template's name is malformed, or two templates share one.</exception>
    public static IServiceCollection AddFlexTemplates(this IServiceCollection services, params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(assemblies);
        if (assemblies.Length == 0)
        {
            throw new ArgumentException("Pass the assemblies that hold your templates: AddFlexTemplates(typeof(OrderShipped).Assembly).", nameof(assemblies));
        }

        // Built here, so a duplicate name fails at start-up rather than at the first message.
        var registry = new FlexTemplateRegistry(assemblies.SelectMany(a => FlexTemplateRegistry.FromAssembly(a).Templates));
        services.AddSingleton(registry);
        foreach (var template in registry.Templates)
        {
            services.AddSingleton(template.GetType(), template);
            services.AddSingleton(template);
        }

        return services;
    }

    /// <summary>
    /// Registers the templates of <paramref name="assemblies"/> as <see cref="AddFlexTemplates(IServiceCollection, Assembly[])"/>
    /// does, and adds the approval check, an <see cref="ApprovedTemplateValidator"/> of <paramref name="approvals"/>, to
    /// the checks before every send as <c>AddLineFlexValidator</c> adds a validator: a message built from a template must
    /// conform to its approval, or the send throws a <see cref="FlexApprovalException"/> listing every difference, and
    /// nothing is sent (in a bulk send, that message fails on its own). LineFlex's workers refuse it likewise. Messages
    /// not built from a template are not checked against approvals. Call <c>AddLineFlex(...)</c> too, before or after.
    /// </summary>
    /// <exception cref="ArgumentException">No assembly is given, a template's name is malformed, or two templates share one.</exception>
    /// <remarks>See docs/approval.md, section "Refusing what LINE would refuse".</remarks>
    public static IServiceCollection AddFlexTemplates(this IServiceCollection services, ApprovedTemplates approvals, params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(approvals);
        AddFlexTemplates(services, assemblies);
        services.AddSingleton(approvals);
        services.AddSingleton(new ApprovedTemplateValidator(approvals, templateMessagesOnly: true));
        return services.AddLineFlexValidator<ApprovedTemplateValidator>();
    }
}
