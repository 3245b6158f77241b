namespace NavLederprogram;

public sealed class ConcurrencyConflictException()
    : BusinessException(NavLederprogramErrorCodes.ConcurrencyConflict)
{ }
