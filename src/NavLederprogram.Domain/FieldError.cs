namespace NavLederprogram;

public sealed record FieldError(string Key, params object?[] Arguments);
