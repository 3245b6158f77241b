using NavLederprogram.Privacy;

namespace NavLederprogram.PersonalData;

public sealed record ErasureStepDto(string Module, string Kind, ErasureAction Action, int Count, DateOnly? KeptUntil);
