namespace LineFlex;

/// <summary>A named sample model of a template: what its tests, previews and gallery show.</summary>
/// <typeparam name="TModel">The template's model type.</typeparam>
/// <param name="Name">A short stable name, unique within the template (<c>th</c>, <c>en</c>, <c>30-items</c>).</param>
/// <param name="Model">The model.</param>
public sealed record FlexSample<TModel>(string Name, TModel Model);
