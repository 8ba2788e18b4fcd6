## A title as listed when a name lacks one (each is also typed as the language's own word)
input-title-mr = Mr/Tn
input-title-mrs = Mrs/Ny
input-title-ms = Ms/Nn
input-title-mstr = Mstr
input-title-miss = Miss
