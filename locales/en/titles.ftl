## A title as listed when a name lacks one (each is also typed as the language's own word)
input-title-mr = Mr
input-title-mrs = Mrs
input-title-ms = Ms
input-title-mstr = Mstr
input-title-miss = Miss
