using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

/// <summary>What a participant's pages show of a version: its name and modules, without its approvals and history.</summary>
public sealed record ProgrammeVersionContent(Guid Id, TranslatedText Name, IReadOnlyList<ProgrammeModule> Modules);
