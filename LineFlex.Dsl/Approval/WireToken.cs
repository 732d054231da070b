namespace LineFlex;

/// <summary>What a token of <see cref="WireTokens"/> is.</summary>
internal enum WireToken : byte
{
    /// <summary><c>{</c>; its value is where its object ends.</summary>
    StartObject,

    /// <summary><c>}</c>.</summary>
    EndObject,

    /// <summary><c>[</c>; its value is where its array ends.</summary>
    StartArray,

    /// <summary><c>]</c>.</summary>
    EndArray,

    /// <summary>A property's name; its value follows it.</summary>
    Name,

    /// <summary>A string.</summary>
    String,

    /// <summary>An integer.</summary>
    Number,

    /// <summary><c>true</c>.</summary>
    True,

    /// <summary><c>false</c>.</summary>
    False,

    /// <summary><c>null</c>.</summary>
    Null,
}
