import CasusCLI

Casus.main()
