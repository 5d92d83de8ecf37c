"""Offline road data from an OpenStreetMap extract (Qt-free): import, matrix, routes, basemap.

Valhalla (pyvalhalla, MIT) answers the road questions; pyosmium (BSD) reads the
extract. Map data © OpenStreetMap contributors, ODbL 1.0: whatever shows it says so
(MapInfo.attribution, MapInfo.licence).
"""
