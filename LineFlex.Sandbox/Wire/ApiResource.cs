namespace LineFlex.Sandbox;

/// <summary>One <c>resources[]</c> entry of an Infobip <c>ApiError</c>: a page that explains the fix.</summary>
internal sealed record ApiResource(string Name, string Url);
