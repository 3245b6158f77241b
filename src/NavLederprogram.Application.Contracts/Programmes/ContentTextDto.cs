namespace NavLederprogram.Programmes;

/// <summary>
/// Programme content as a reader sees it: in the language of the request (Accept-Language), or in bokmål when it has
/// not been translated into that language. <see cref="Language"/> is the language of <see cref="Text"/> (nb, nn or en)
/// and <see cref="IsFallback"/> says that the reader asked for another.
/// </summary>
public sealed record ContentTextDto(string Text, string Language, bool IsFallback);
