namespace LineFlex;

/// <summary>The form an HTTP error body from Infobip came in, as <see cref="ApiErrorParser"/> recognised it.</summary>
public enum ApiErrorFormat
{
    /// <summary>The platform's JSON <c>ApiError</c>: <c>{"errorCode","description","action","violations","resources"}</c>.</summary>
    ApiError,

    /// <summary>The older JSON envelope <c>{"requestError":{"serviceException":{"messageId","text","validationErrors"}}}</c>.</summary>
    LegacyEnvelope,

    /// <summary>The <c>ApiError</c> as XML (<c>&lt;ApiError&gt;&lt;errorCode&gt;...</c>), as Infobip may send for 401, 403 and 500.</summary>
    Xml,

    /// <summary>An HTML page, usually from a proxy or gateway in front of Infobip; <see cref="ApiErrorBody.RawExcerpt"/> holds its start.</summary>
    Html,

    /// <summary>No body, or only whitespace.</summary>
    Empty,

    /// <summary>Anything else: truncated JSON or XML, plain text, JSON of another shape; <see cref="ApiErrorBody.RawExcerpt"/> holds its start.</summary>
    Unreadable,
}
