using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

/// <summary>
/// Why a page about "my" person (my competence, my programme) has nothing to show: the signed-in user is not linked
/// to a person in the organisation register. <see cref="Code"/> is the text key, <see cref="Message"/> the
/// explanation in the caller's language, saying whom to ask.
/// </summary>
public sealed record NoPersonDto(string Code, string Message);
