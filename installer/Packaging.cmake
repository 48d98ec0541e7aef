# Packaging (issue 8): what `cmake --install` lays out beside the two executables, and CPack's Debian package.
#
#   cmake --build build --target demetra demetra-cli demetra_icons && (cd build && cpack -G DEB)
#   -> build/demetra_<version>_amd64.deb
#
# Installed layout (prefix /usr in the package):
#   bin/demetra, bin/demetra-cli                         (install rules in app/desktop and app/cli)
#   share/demetra/sample_data/                           the desktop app's --sample file, found as
#                                                        <dir of the executable>/../share/demetra/sample_data
#   share/demetra/models/                                the shipped ROI model (also compiled in as :/models)
#   share/applications/io.demetra.Demetra.desktop
#   share/icons/hicolor/{scalable,NxN}/apps/io.demetra.Demetra.{svg,png}
#   share/metainfo/io.demetra.Demetra.metainfo.xml
# The translations are compiled into the executables as Qt resources (:/i18n), so no .qm file is installed.
include(GNUInstallDirs)

set(DEMETRA_APP_ID io.demetra.Demetra)
set(DEMETRA_INSTALLER_DIR ${PROJECT_SOURCE_DIR}/installer)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/sample_data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/demetra/sample_data)
install(FILES ${PROJECT_SOURCE_DIR}/models/roi_model.json ${PROJECT_SOURCE_DIR}/models/roi_model.meta.json
              ${PROJECT_SOURCE_DIR}/models/MODEL_CARD.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/demetra/models)
install(FILES ${DEMETRA_INSTALLER_DIR}/demetra.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
        RENAME ${DEMETRA_APP_ID}.desktop)
install(FILES ${DEMETRA_INSTALLER_DIR}/${DEMETRA_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${DEMETRA_INSTALLER_DIR}/icons/${DEMETRA_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Bitmap icons for the menus and docks that do not draw SVG, rendered from the hand-written SVG at build time
# (rsvg-convert from librsvg2-bin; setup.sh installs it). Without the tool only the scalable icon is installed.
find_program(DEMETRA_RSVG_CONVERT rsvg-convert)
if(DEMETRA_RSVG_CONVERT)
    set(DEMETRA_ICON_PNGS)
    foreach(size 16 22 24 32 48 64 128 256 512)
        set(png ${CMAKE_CURRENT_BINARY_DIR}/installer/icons/${size}x${size}/${DEMETRA_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/installer/icons/${size}x${size}
            COMMAND ${DEMETRA_RSVG_CONVERT} --width=${size} --height=${size} --format=png --output=${png}
                    ${DEMETRA_INSTALLER_DIR}/icons/${DEMETRA_APP_ID}.svg
            DEPENDS ${DEMETRA_INSTALLER_DIR}/icons/${DEMETRA_APP_ID}.svg
            COMMENT "Rendering the ${size}x${size} icon" VERBATIM)
        list(APPEND DEMETRA_ICON_PNGS ${png})
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(demetra_icons ALL DEPENDS ${DEMETRA_ICON_PNGS})
else()
    message(STATUS "rsvg-convert not found: the package gets the scalable icon only (apt-get install librsvg2-bin)")
    add_custom_target(demetra_icons)
endif()

# ---- CPack: the Debian package ------------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME demetra)
set(CPACK_PACKAGE_VENDOR "Demetra")
set(CPACK_PACKAGE_CONTACT "Demetra developers <dev@demetra.local>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Demetra brings the statistics of every advertising channel into one place: CSV exports and the ad platforms' \
interfaces (Meta, Google Ads, TikTok, Yandex Direct, VK Ads, Telegram Ads) are stored at one daily, campaign-level \
grain and compared with the same formulas. It forecasts channel results with intervals, splits a budget across \
channels, raises alerts and writes recommendations. The package holds the desktop application (demetra) and the \
command-line tool (demetra-cli) with the shipped ROI model and a sample data set.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The build type is RelWithDebInfo: the package ships the executables without their debug sections.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# The shared libraries the executables link come from dpkg-shlibdeps (Qt 6, QtKeychain, XGBoost, SQLite, libstdc++).
# What is loaded at run time as a plugin cannot be seen by it, so it is named here: Qt's SQLite driver (QSQLITE, the
# database), the platform plugins (xcb, offscreen) for the window; Wayland, Qt's own Russian strings and the PostgreSQL
# driver (QPSQL, for a team database: team mode is optional, so recommended rather than required) are welcome.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
